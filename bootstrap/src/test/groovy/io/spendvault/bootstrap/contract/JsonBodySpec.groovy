package io.spendvault.bootstrap.contract

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * Every JSON endpoint refuses broken JSON the same way: 400 "Malformed JSON at line L, column C", also for
 * trailing garbage after a valid value, and a chunked body over the body limit is 413 like a declared one.
 */
@MicronautTest(transactional = false)
class JsonBodySpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    RawHttp http
    ApiClient ada
    String fileId

    def setup() {
        http = new RawHttp(server.URI)
        ada = ApiClient.newUser(http)
        fileId = ada.upload('scan.txt', 'receipt'.bytes, 'text/plain').json.id
    }

    def "#method #path with #what: 400 naming line and column, nothing of the parser's internals"() {
        when:
        def answer = send(method, path.replace('{file}', fileId), body)

        then:
        answer.status == 400
        answer.json.error_code == 'MALFORMED_REQUEST'
        answer.json.detail == detail
        !answer.text.contains('Feature')
        !answer.text.contains('jackson')

        where:
        [method, path, what, body, detail] << endpoints().collectMany { endpoint ->
            [['trailing garbage', '{"a": 1} trailing', 'Malformed JSON at line 1, column 10'],
             ['a second value', '{"a": 1}\n{"b": 2}', 'Malformed JSON at line 2, column 1'],
             ['a truncated object', '{"a": ', 'Malformed JSON at line 1, column 7'],
             ['an unquoted word', '{"a": nope}', 'Malformed JSON at line 1, column 7']].collect { endpoint + it }
        }
    }

    def "a well-formed body still reaches the route, which judges its fields"() {
        expect:
        send('PUT', '/api/v1/settings', '{"currency_code": "EUR"}\n').status == 200
        send('POST', '/api/v1/auth/login', '{"username": 5, "password": "x"}').status in [401, 422]
    }

    def "a chunked JSON body over the 1 MiB body limit answers 413 as it arrives"() {
        given:
        def body = ('{"currency_code": "EUR"' + ' ' * (2 * 1024 * 1024) + '}').getBytes('UTF-8')
        def request = HttpRequest.newBuilder(server.URI.resolve('/api/v1/settings'))
                .header('Authorization', "Bearer ${ada.token}").header('Content-Type', 'application/json')
                .PUT(HttpRequest.BodyPublishers.ofInputStream { new ByteArrayInputStream(body) }).build()

        when:
        def response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())

        then:
        response.statusCode() == 413
        response.body().contains('PAYLOAD_TOO_LARGE')
    }

    private static List<List<String>> endpoints() {
        [['POST', '/api/v1/auth/login'], ['POST', '/api/v1/auth/register'], ['PUT', '/api/v1/settings'], ['PUT', '/api/v1/users/me'],
         ['PUT', '/api/v1/uploads/{file}'], ['POST', '/api/v1/purchases'], ['POST', '/api/v1/retailers']]
    }

    private RawHttp.Answer send(String method, String path, String body) {
        http.send(method, path, body, ['Authorization': "Bearer ${ada.token}", 'Content-Type': 'application/json'])
    }
}
