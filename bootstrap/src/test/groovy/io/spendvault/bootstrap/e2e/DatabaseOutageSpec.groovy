package io.spendvault.bootstrap.e2e

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.bootstrap.testsupport.Eventually
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.atomic.AtomicBoolean

/**
 * PostgreSQL stopped and started again under load: while it is down every request answers 503 quickly and
 * readiness says 503 (so a load balancer takes the node out); once it is back the server recovers by itself,
 * and every purchase that was answered 201 is there.
 */
class DatabaseOutageSpec extends Specification {

    @TempDir
    Path dataDir

    int port
    EmbeddedPostgres postgres
    EmbeddedServer server

    def setup() {
        port = new ServerSocket(0).withCloseable { it.localPort }
        postgres = startPostgres()
        server = ApplicationContext.run(EmbeddedServer, [
                'datasources.default.url'     : postgres.getJdbcUrl('postgres', 'postgres'),
                'datasources.default.username': 'postgres',
                'datasources.default.password': '',
                'spendvault.data-dir'         : dataDir.resolve('app').toString(),
        ], 'test')
    }

    def cleanup() {
        server?.close()
        postgres?.close()
    }

    def "the database goes down under load: 503 within about 2 s, readiness 503, then back to 200 by itself with every committed row"() {
        given:
        def http = new RawHttp(server.URI)
        def user = ApiClient.newUser(http)
        def answers = new ConcurrentLinkedQueue<Map>()
        def stop = new AtomicBoolean()
        def load = (1..4).collect { worker ->
            Thread.startDaemon {
                int n = 0
                while (!stop.get()) {
                    long started = System.nanoTime()
                    def answer = user.send('POST', '/api/v1/purchases', [product_name: "w$worker-${n++}", price: '9.99', purchase_date: '2025-03-01'])
                    answers << [status: answer.status, millis: (System.nanoTime() - started).intdiv(1_000_000),
                                id: answer.status == 201 ? answer.json.id : null, code: answer.status == 201 ? null : answer.json?.error_code]
                }
            }
        }
        sleep(1500)

        when: 'PostgreSQL stops'
        postgres.close()
        sleep(500)
        def during = (1..4).collect { timed { user.get('/api/v1/purchases') } }
        def readinessDown = timed { http.get('/api/v1/health/readiness') }

        and: 'and comes back on the same port'
        postgres = startPostgres()
        def recovered = Eventually.within(30) { user.get('/api/v1/purchases').status == 200 }
        sleep(1000)
        stop.set(true)
        load*.join(30_000)
        def readinessUp = http.get('/api/v1/health/readiness')
        def unavailable = answers.findAll { it.status == 503 }*.millis.sort()
        println "database outage: direct requests answered 503 in ${during*.millis} ms, readiness 503 in ${readinessDown.millis} ms; " +
                "under load ${answers.size()} requests, ${unavailable.size()} answered 503 (slowest ${unavailable ? unavailable.last() : '-'} ms)"

        then: 'while it was down: 503 in the error format, fast'
        during.every { it.answer.status == 503 && it.answer.json.error_code == 'SERVICE_UNAVAILABLE' }
        during.every { it.millis < 3_000 }
        readinessDown.answer.status == 503
        readinessDown.millis < 8_000 // the probe waits for a pooled connection: one timeout, or two under load

        and: 'under load, nothing but 201 or 503; no 500'
        answers.collect { it.status }.unique().sort() == [201, 503]
        answers.findAll { it.status == 503 }.every { it.code == 'SERVICE_UNAVAILABLE' && it.millis < 5_000 }

        and: 'after: up again by itself, and every 201 is there'
        recovered
        readinessUp.status == 200
        def committed = answers.findAll { it.status == 201 }*.id
        committed.size() > 0
        committed.every { user.get("/api/v1/purchases/$it").status == 200 }
    }

    private EmbeddedPostgres startPostgres() {
        EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir.resolve('postgres'))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()
    }

    private static Map timed(Closure work) {
        long started = System.nanoTime()
        def answer = work()
        [answer: answer, millis: (System.nanoTime() - started).intdiv(1_000_000)]
    }
}
