package io.spendvault.bootstrap.identity

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * A database that stalls must not stall the server: with the sessions table locked, authenticated
 * requests wait for their session check — on the blocking executor — while the event loops, all of them,
 * keep answering what needs no database.
 */
@MicronautTest(transactional = false)
// every request's session check asks the (locked) database: none is answered from the node's memory of it
@Property(name = 'spendvault.security.session-check-cache', value = '0s')
class EventLoopStallSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    def "while every session check waits on a locked table, liveness answers at once; the waiting requests then succeed"() {
        given:
        def http = new RawHttp(server.URI)
        def ada = ApiClient.newUser(http)
        def pool = Executors.newFixedThreadPool(24)
        def lock = PostgresTestServer.get().connect()
        lock.autoCommit = false
        lock.createStatement().execute('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE')

        when: 'more stalled requests than there are event-loop threads'
        def stalled = (1..24).collect { pool.submit({ ada.get('/api/v1/users/me').status } as Callable<Integer>) }
        Thread.sleep(700) // every one of them is waiting on the lock
        def started = System.nanoTime()
        def liveness = (1..5).collect { live() }
        def millis = (System.nanoTime() - started) / 1e6
        def stillWaiting = stalled.count { !it.done }
        lock.rollback()

        then:
        stillWaiting == 24
        liveness == [200] * 5
        millis < 1000
        stalled.collect { it.get(20, TimeUnit.SECONDS) }.every { it == 200 }

        cleanup:
        lock.close() // also when a check failed: the server must not stay stalled for the next specs
        pool.shutdownNow()
    }

    /** GET liveness, failing after 2 s instead of waiting for a stalled event loop. */
    private int live() {
        def request = HttpRequest.newBuilder(server.URI.resolve('/api/v1/health/liveness')).timeout(Duration.ofSeconds(2)).build()
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
    }
}
