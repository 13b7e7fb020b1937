package io.spendvault.bootstrap.e2e

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.identity.port.UserRepository
import jakarta.inject.Inject

/** The whole application, configured as in production, driven over HTTP against a real PostgreSQL. */
@MicronautTest(transactional = false) // the spec makes an administrator the server must see
@Property(name = 'spec.name', value = 'ApplicationEndToEndSpec')
@Property(name = 'spendvault.metrics.token', value = ApplicationEndToEndSpec.METRICS_TOKEN)
class ApplicationEndToEndSpec extends PostgresSpecification {

    static final String METRICS_TOKEN = 'scrape-token-0123456789abcdefghijklmnop'


    @Inject
    EmbeddedServer server

    @Inject
    UserRepository users

    @Inject
    Transactions transactions

    RawHttp http

    def setup() {
        http = new RawHttp(server.URI)
    }

    def "health answers 200 to anyone, and shows its details only with a token"() {
        when:
        def health = http.get('/api/v1/health')
        def anonymous = http.get('/api/v1/health/readiness')
        def readiness = ApiClient.newUser(http).get('/api/v1/health/readiness')

        then:
        health.status == 200
        health.json.status == 'UP'
        anonymous.status == 200
        anonymous.json.status == 'UP'
        anonymous.json.details == null
        readiness.status == 200
        readiness.json.details.database.status == 'UP'
        readiness.json.details.database.details.database == 'PostgreSQL'
        readiness.json.details.blob_store.status == 'UP'
        !readiness.text.contains('jdbc:')
    }

    def "liveness answers 200 without touching the database"() {
        when:
        def liveness = ApiClient.newUser(http).get('/api/v1/health/liveness')

        then:
        liveness.status == 200
        liveness.json.status == 'UP'
        !liveness.json.details?.containsKey('database')
    }

    def "Prometheus metrics, including HTTP server timings, are for administrators and the metrics token only"() {
        given:
        http.get('/api/v1/health')
        def admin = ApiClient.newAdmin(http, users, transactions).token

        when:
        def asAdmin = http.get('/api/v1/prometheus', [Authorization: "Bearer $admin"])
        def asScraper = http.get('/api/v1/prometheus', [Authorization: "Bearer $METRICS_TOKEN"])

        then:
        [asAdmin, asScraper].every { it.status == 200 }
        asAdmin.text.contains('http_server_requests_seconds')
        asScraper.text.contains('jvm_memory_used_bytes')

        when:
        def anonymous = http.get('/api/v1/prometheus')
        def wrongToken = http.get('/api/v1/prometheus', [Authorization: "Bearer ${METRICS_TOKEN}x"])
        def user = ApiClient.newUser(http).get('/api/v1/prometheus')

        then:
        anonymous.status == 401
        wrongToken.status == 401
        user.status == 403
        [anonymous, wrongToken, user].every { it.json.error_code in ['UNAUTHORIZED', 'FORBIDDEN'] && !it.text.contains('jvm_') }
    }

    def "an unknown route answers 404 in the project error format"() {
        when:
        def answer = http.get('/api/v1/nothing-here')

        then:
        answer.status == 404
        answer.json == [detail: answer.json.detail, error_code: 'NOT_FOUND']
        answer.header('X-Request-Id')
        answer.header('X-Frame-Options') == 'DENY'
    }

    def "a malformed JSON body answers 400 in the project error format"() {
        when:
        def answer = http.postJson('/api/v1/e2e-probe', '{"created_by": ')

        then:
        answer.status == 400
        answer.json.error_code == 'MALFORMED_REQUEST'
    }

    def "JSON is read and written in snake_case"() {
        when:
        def answer = http.postJson('/api/v1/e2e-probe', [created_by: 'ada', explode: false])

        then:
        answer.status == 200
        answer.json == [created_by: 'ada', explode: false]
    }

    def "a server error answers 500 with a request id and no internals"() {
        when:
        def answer = http.postJson('/api/v1/e2e-probe', [created_by: 'ada', explode: true], ['X-Request-Id': 'e2e-500'])

        then:
        answer.status == 500
        answer.json == [detail: 'An unexpected error occurred (request id e2e-500)', error_code: 'INTERNAL_ERROR']
        !answer.text.contains('internal detail')
    }

    def "API docs are off unless switched on"() {
        expect:
        http.get('/api/v1/openapi/spendvault-api-v1.yml').status == 404
        http.get('/api/v1/docs/index.html').status == 404
    }

    def "CORS is off by default: no origin is allowed"() {
        when:
        def answer = http.send('OPTIONS', '/api/v1/health', null,
                [Origin: 'https://somewhere.example', 'Access-Control-Request-Method': 'GET'])

        then:
        answer.header('Access-Control-Allow-Origin') == null
    }
}
