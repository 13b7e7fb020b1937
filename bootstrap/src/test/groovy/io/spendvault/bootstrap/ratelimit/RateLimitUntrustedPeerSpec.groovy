package io.spendvault.bootstrap.ratelimit

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import jakarta.inject.Inject

/**
 * Without trusted proxies the TCP peer is the client: whatever X-Forwarded-For a client sends, its
 * requests land in its own address's bucket.
 */
@MicronautTest(transactional = false)
@Property(name = 'spendvault.rate-limit.enabled', value = 'true')
@Property(name = 'spendvault.rate-limit.auth-per-minute', value = '3')
@Property(name = 'spendvault.rate-limit.window', value = '2s')
class RateLimitUntrustedPeerSpec extends PostgresSpecification {

    @Inject EmbeddedServer server

    def "a forged X-Forwarded-For from an untrusted peer does not dodge the address limit"() {
        given:
        def http = new RawHttp(server.URI)
        Thread.sleep(2_100) // other specs' logins from this address are forgotten

        when:
        def answers = (1..4).collect {
            http.postJson('/api/v1/auth/refresh', [refresh_token: 'not.a.token'], ['X-Forwarded-For': "203.0.113.$it"])
        }

        then:
        answers*.status == [401, 401, 401, 429]
        answers[3].json.error_code == 'RATE_LIMITED'
    }
}
