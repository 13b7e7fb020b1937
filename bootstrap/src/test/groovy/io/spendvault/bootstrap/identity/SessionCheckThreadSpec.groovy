package io.spendvault.bootstrap.identity

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.bootstrap.testsupport.SessionCheckThreads
import jakarta.inject.Inject

/**
 * The session check behind every access token asks the database unless this instance remembers the answer,
 * so it runs on the blocking executor: on a Netty event-loop thread, one slow database would stall every
 * connection served by that loop. The memory is off here so that every request asks.
 */
@MicronautTest(transactional = false)
@Property(name = 'spendvault.test.record-session-threads', value = 'true')
@Property(name = 'spendvault.security.session-check-cache', value = '0s')
class SessionCheckThreadSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    def "no session check runs on an event-loop thread"() {
        given:
        def http = new RawHttp(server.URI)
        def ada = ApiClient.newUser(http)
        SessionCheckThreads.THREADS.clear()

        when:
        def answers = (1..20).collect { ada.get('/api/v1/users/me').status }

        then:
        answers.every { it == 200 }
        SessionCheckThreads.THREADS.size() >= 20
        SessionCheckThreads.THREADS.toList().findAll { it.toLowerCase().contains('eventloop') } == []
    }
}
