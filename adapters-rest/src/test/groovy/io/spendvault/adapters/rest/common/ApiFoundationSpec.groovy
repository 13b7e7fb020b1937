package io.spendvault.adapters.rest.common

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory
import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.rest.testsupport.RawHttp
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Specification

@MicronautTest
@Property(name = 'spec.name', value = 'ApiFoundationSpec')
class ApiFoundationSpec extends Specification {

    @Inject
    EmbeddedServer server

    RawHttp http

    def setup() {
        http = new RawHttp(server.URI)
    }

    private static void assertErrorShape(RawHttp.Answer answer, int status, String code) {
        assert answer.status == status
        assert answer.header('Content-Type').startsWith('application/json')
        def json = answer.json
        assert json.error_code == code
        assert json.detail instanceof String && !json.detail.isBlank()
        assert !answer.text.contains('Exception')
        assert !answer.text.contains('\tat ')
    }

    def "an unknown route answers 404 in the project error format"() {
        when:
        def answer = http.get('/api/v1/no-such-thing')

        then:
        assertErrorShape(answer, 404, 'NOT_FOUND')
        !answer.json.containsKey('field_errors')
    }

    def "a wrong method on a known route answers 405"() {
        when:
        def answer = http.send('DELETE', '/api/v1/showcase/widgets', null)

        then:
        assertErrorShape(answer, 405, 'METHOD_NOT_ALLOWED')
    }

    def "malformed JSON answers 400"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', '{"display_name": "lamp", ')

        then:
        assertErrorShape(answer, 400, 'MALFORMED_REQUEST')
    }

    def "a JSON value of the wrong type answers 422 naming the field: #body"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', body)

        then:
        assertErrorShape(answer, 422, 'VALIDATION_FAILED')
        answer.json.field_errors == [(field): [message]]

        where:
        body                                         | field          | message
        [display_name: 'lamp', quantity: 'many']     | 'quantity'     | 'must be a valid whole number'
        [display_name: 5, quantity: 1]               | 'display_name' | 'must be a valid string'
        [display_name: true, quantity: 1]            | 'display_name' | 'must be a valid string'
        [display_name: ['lamp'], quantity: 1]        | 'display_name' | 'must be a valid string'
        [display_name: [a: 1], quantity: 1]          | 'display_name' | 'must be a valid string'
    }

    def "a body that is not the JSON object expected is malformed (400): #body"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', body)

        then:
        assertErrorShape(answer, 400, 'MALFORMED_REQUEST')

        where:
        body << ['[1, 2]', '"lamp"', '42', 'null', '{"display_name": "lamp", "quantity": }']
    }

    def "invalid fields answer 422 with every message under its snake_case field name"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', [display_name: '', quantity: 0, tags: ['ok', 'far too long']])

        then:
        assertErrorShape(answer, 422, 'VALIDATION_FAILED')
        answer.json.field_errors.keySet() == ['display_name', 'quantity', 'tags[1]'] as Set
        answer.json.field_errors.quantity == ['must be greater than or equal to 1']
    }

    def "a missing required field is a validation error, not a server error"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', [display_name: 'lamp'])

        then:
        assertErrorShape(answer, 422, 'VALIDATION_FAILED')
        answer.json.field_errors.keySet() == ['quantity'] as Set
    }

    def "valid input is accepted and answered in snake_case"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', [display_name: 'lamp', quantity: 2, tags: ['a']])

        then:
        answer.status == 201
        answer.json == [display_name: 'lamp', quantity: 2, tags: ['a']]
    }

    def "a body of an unsupported media type answers 415"() {
        when:
        def answer = http.send('POST', '/api/v1/showcase/widgets', 'display_name=lamp', ['Content-Type': 'text/plain'])

        then:
        assertErrorShape(answer, 415, 'UNSUPPORTED_MEDIA_TYPE')
    }

    def "a body over the configured request size answers 413"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', [display_name: 'x' * 70_000, quantity: 1])

        then:
        assertErrorShape(answer, 413, 'PAYLOAD_TOO_LARGE')
    }

    def "a JSON body over the body limit answers 413 before it is read, though uploads may be larger"() {
        when:
        def answer = http.postJson('/api/v1/showcase/widgets', [display_name: 'x' * 40_000, quantity: 1])

        then:
        assertErrorShape(answer, 413, 'PAYLOAD_TOO_LARGE')
        answer.json.detail == 'Request body exceeds maximum size (32768 bytes)'
    }

    def "a chunked JSON body (no Content-Length) over the body limit answers 413 as its bytes arrive"() {
        when:
        def answer = postChunked('/api/v1/showcase/widgets', '{"display_name": "ok", "quantity": 1' + ' ' * 40_000 + '}')

        then:
        assertErrorShape(answer, 413, 'PAYLOAD_TOO_LARGE')
    }

    def "a chunked JSON body under the limit is read as usual"() {
        expect:
        postChunked('/api/v1/showcase/widgets', '{"display_name": "ok", "quantity": 1' + ' ' * 20_000 + '}').status < 300
    }

    /** A body publisher of unknown length: the JDK client sends it chunked, without Content-Length. */
    private RawHttp.Answer postChunked(String path, String json) {
        def body = json.getBytes('UTF-8')
        def request = java.net.http.HttpRequest.newBuilder(http.base.resolve(path))
                .header('Content-Type', 'application/json')
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream { new ByteArrayInputStream(body) })
                .build()
        def response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
        new RawHttp.Answer(response.statusCode(), response.headers().map(), response.body())
    }

    def "a query value of the wrong type answers 422 naming the field"() {
        when:
        def answer = http.get('/api/v1/showcase/count?limit=lots')

        then:
        assertErrorShape(answer, 422, 'VALIDATION_FAILED')
        answer.json.field_errors.keySet() == ['limit'] as Set
    }

    def "a domain exception #kind answers #status with its own code"() {
        when:
        def answer = http.get("/api/v1/showcase/domain/$kind")

        then:
        assertErrorShape(answer, status, code)
        answer.json.detail == detail

        where:
        kind        | status | code              | detail
        'not-found' | 404    | 'NOT_FOUND'       | 'Widget not found'
        'conflict'  | 409    | 'NAME_TAKEN'      | 'A widget with this name already exists'
        'rule'      | 422    | 'VALIDATION_FAILED' | 'Purchase date cannot be in the future'
        'quota'     | 507    | 'QUOTA_EXCEEDED'  | 'Storage quota exceeded'
        'forbidden' | 403    | 'FORBIDDEN'       | 'Administrators only'
        'too-large' | 413    | 'PAYLOAD_TOO_LARGE' | 'File size exceeds maximum limit (100 MB)'
        'unauthenticated' | 401 | 'INVALID_CREDENTIALS' | 'Invalid username or password'
        'invalid-request' | 400 | 'CURRENT_PASSWORD_INCORRECT' | 'Current password is incorrect'
    }

    def "a dependency that is down answers 503 without naming internal hosts"() {
        when:
        def answer = http.get('/api/v1/showcase/domain/unavailable', ['X-Request-Id': 'dep-down'])

        then:
        assertErrorShape(answer, 503, 'STORAGE_UNAVAILABLE')
        answer.json.detail == 'The service is temporarily unavailable, please retry later (request id dep-down)'
        !answer.text.contains('internal-minio')
    }

    def "a business rule on one field lists it in field_errors"() {
        expect:
        http.get('/api/v1/showcase/domain/rule').json.field_errors == [purchase_date: ['Purchase date cannot be in the future']]
    }

    def "status #code raised by a route answers in the error format with code #errorCode"() {
        when:
        def answer = http.get("/api/v1/showcase/status/$code")

        then:
        assertErrorShape(answer, code, errorCode)

        where:
        code | errorCode
        401  | 'UNAUTHORIZED'
        429  | 'RATE_LIMITED'
        503  | 'SERVICE_UNAVAILABLE'
    }

    def "an unexpected failure answers 500 with a generic message and the request id, never the cause"() {
        when:
        def answer = http.get('/api/v1/showcase/boom', ['X-Request-Id': 'trace-me-123'])

        then:
        assertErrorShape(answer, 500, 'INTERNAL_ERROR')
        answer.json.detail == 'An unexpected error occurred (request id trace-me-123)'
        !answer.text.contains('hunter2')
        !answer.text.contains('IllegalState')
        answer.header('X-Request-Id') == 'trace-me-123'
    }

    def "what is logged while a request is served carries its id"() {
        given:
        def events = new ListAppender<ILoggingEvent>()
        events.start()
        def logger = LoggerFactory.getLogger(UnexpectedErrorHandler) as Logger
        logger.addAppender(events)

        when:
        http.get('/api/v1/showcase/boom', ['X-Request-Id': 'trace-me-456'])

        then:
        events.list.size() == 1
        events.list[0].MDCPropertyMap[RequestIds.MDC_KEY] == 'trace-me-456'

        cleanup:
        logger.detachAppender(events)
    }

    def "every response carries the security headers and a request id"() {
        when:
        def answer = http.get(path)

        then:
        answer.header('X-Content-Type-Options') == 'nosniff'
        answer.header('X-Frame-Options') == 'DENY'
        answer.header('Referrer-Policy') == 'no-referrer'
        answer.header('Cache-Control') == 'no-store'
        answer.header('Strict-Transport-Security') == 'max-age=31536000; includeSubDomains'
        answer.header('X-Request-Id') ==~ /[0-9a-f-]{36}/

        where:
        path << ['/api/v1/showcase/widgets', '/api/v1/no-such-thing', '/api/v1/showcase/boom', '/api/v1/showcase/private']
    }

    def "the security layer's own 401 carries the headers and the error format, with or without a token"() {
        when:
        def answer = http.get('/api/v1/showcase/private', headers)

        then:
        assertErrorShape(answer, 401, 'UNAUTHORIZED')
        answer.header('X-Content-Type-Options') == 'nosniff'
        answer.header('Cache-Control') == 'no-store'
        answer.header('X-Frame-Options') == 'DENY'

        where:
        headers << [[:], [Authorization: 'Bearer not.a.token'], [Authorization: 'Basic YWRhOnB3']]
    }

    def "a client's request id is echoed when it is a safe token and replaced otherwise"() {
        expect:
        http.get('/api/v1/showcase/widgets', ['X-Request-Id': 'abc-123_x.y']).header('X-Request-Id') == 'abc-123_x.y'
        http.get('/api/v1/showcase/widgets', ['X-Request-Id': 'a b;c']).header('X-Request-Id') ==~ /[0-9a-f-]{36}/
        http.get('/api/v1/showcase/widgets', ['X-Request-Id': 'x' * 65]).header('X-Request-Id') ==~ /[0-9a-f-]{36}/
    }

    def "a route answers the same with and without a trailing slash"() {
        when:
        def plain = http.get('/api/v1/showcase/widgets')
        def slashed = http.get('/api/v1/showcase/widgets/')

        then:
        plain.status == 200
        slashed.status == 200
        slashed.json == plain.json
    }

    def "lists answer in the pagination envelope"() {
        when:
        def answer = http.get('/api/v1/showcase/widgets?page=3&size=20')

        then:
        answer.status == 200
        answer.json == [items: (40..44).collect { "WIDGET-$it".toString() }, total: 45, page: 3, size: 20, pages: 3]
    }

    def "page and size default to 1 and 20"() {
        expect:
        http.get('/api/v1/showcase/widgets').json.subMap(['page', 'size', 'pages', 'total']) == [page: 1, size: 20, pages: 3, total: 45]
    }

    def "page=#page and size=#size are rejected with 422 on field #field"() {
        when:
        def answer = http.get("/api/v1/showcase/widgets?page=$page&size=$size")

        then:
        assertErrorShape(answer, 422, 'VALIDATION_FAILED')
        answer.json.field_errors.keySet() == [field] as Set

        where:
        page | size  | field
        0    | 20    | 'page'
        1    | 0     | 'size'
        1    | 101   | 'size'
        'x'  | 20    | 'page'
    }

    def "CORS allows the configured origin and no other"() {
        when:
        def allowed = http.send('OPTIONS', '/api/v1/showcase/widgets', null,
                [Origin: 'https://app.example.test', 'Access-Control-Request-Method': 'POST'])
        def other = http.send('OPTIONS', '/api/v1/showcase/widgets', null,
                [Origin: 'https://evil.example.test', 'Access-Control-Request-Method': 'POST'])

        then:
        allowed.header('Access-Control-Allow-Origin') == 'https://app.example.test'
        other.header('Access-Control-Allow-Origin') == null
    }

    def "a control character in a query or path value answers 422 naming it: #target"() {
        when:
        def answer = http.get(target)

        then:
        assertErrorShape(answer, 422, 'VALIDATION_FAILED')
        answer.json.field_errors == [(field): ['must not contain control characters or invalid Unicode']]
        answer.header('X-Content-Type-Options') == 'nosniff'

        where:
        target                                      | field
        '/api/v1/showcase/widgets?page=1%00'        | 'page'
        '/api/v1/showcase/widgets?search=lamp%00'   | 'search'
        '/api/v1/showcase/widgets?search=a%1Bb'     | 'search'
        '/api/v1/showcase/widgets?na%00me=x'        | 'query'
        '/api/v1/showcase/widgets/%00'              | 'path'
        '/api/v1/showcase/widgets%7F'               | 'path'
    }

    def "tabs, emoji and right-to-left marks in a query are text, not refused"() {
        expect:
        http.get('/api/v1/showcase/widgets?search=%09%F0%9F%A7%BE%E2%80%8F').status == 200
    }

    def "a refused CORS preflight answers 403 in the error format with the security headers"() {
        when:
        def refused = http.send('OPTIONS', '/api/v1/showcase/widgets', null,
                [Origin: origin, 'Access-Control-Request-Method': method])

        then:
        assertErrorShape(refused, 403, 'CORS_REFUSED')
        refused.header('Access-Control-Allow-Origin') == null
        refused.header('X-Content-Type-Options') == 'nosniff'
        refused.header('Cache-Control') == 'no-store'

        where:
        origin                      | method
        'https://evil.example.test' | 'POST'
        'https://evil.example.test' | 'DELETE'
    }
}
