package io.spendvault.adapters.persistence.ratelimit

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.ratelimit.RateLimit
import jakarta.inject.Inject

import javax.sql.DataSource
import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/** Token buckets in PostgreSQL: exact for small limits, shared by every limiter on the database. */
@MicronautTest(transactional = false)
class PostgresRateLimiterSpec extends PostgresSpecification {

    @Inject PostgresRateLimiter limiter
    @Inject DataSource dataSource

    static String key() { 'spec:' + UUID.randomUUID() }

    def "a bucket allows its limit, then refuses with the time to wait, and refills over its window"() {
        given:
        def key = key()
        def limit = new RateLimit(3, Duration.ofSeconds(2))

        when:
        def decisions = (1..4).collect { limiter.acquire(key, limit) }

        then:
        decisions*.allowed() == [true, true, true, false]
        decisions*.remaining() == [2, 1, 0, 0]
        decisions.every { it.limit() == 3 }
        decisions[3].retryAfter() > Duration.ZERO
        decisions[3].retryAfter() <= Duration.ofMillis(700)
        decisions[2].untilReset() <= Duration.ofSeconds(2)

        when: 'one request comes back every window / limit'
        Thread.sleep(decisions[3].retryAfter().toMillis() + 50)

        then:
        limiter.acquire(key, limit).allowed()
        !limiter.acquire(key, limit).allowed()
    }

    def "keys are counted apart"() {
        given:
        def limit = new RateLimit(1, Duration.ofMinutes(1))
        def ada = key()

        expect:
        limiter.acquire(ada, limit).allowed()
        !limiter.acquire(ada, limit).allowed()
        limiter.acquire(key(), limit).allowed()
    }

    def "two limiters on one database (two servers) share one bucket"() {
        given:
        def other = new PostgresRateLimiter(dataSource)
        def key = key()
        def limit = new RateLimit(4, Duration.ofMinutes(1))

        when:
        def decisions = [limiter, other, limiter, other, other, limiter].collect { it.acquire(key, limit) }

        then:
        decisions*.allowed() == [true, true, true, true, false, false]
        rows(key) == 1
    }

    def "twenty concurrent requests against a limit of five: exactly five pass"() {
        given:
        def others = [limiter, new PostgresRateLimiter(dataSource)]
        def key = key()
        def limit = new RateLimit(5, Duration.ofMinutes(1))
        def pool = Executors.newFixedThreadPool(8)
        def start = new CountDownLatch(1)

        when:
        def attempts = (1..20).collect { n ->
            pool.submit({ start.await(); others[n % 2].acquire(key, limit).allowed() } as Callable<Boolean>)
        }
        start.countDown()
        def passed = attempts*.get().count { it }

        then:
        passed == 5

        cleanup:
        pool.shutdownNow()
    }

    def "full buckets are removed by the clean-up, used ones stay"() {
        given:
        def spent = key()
        def refilled = key()
        limiter.acquire(spent, new RateLimit(1, Duration.ofMinutes(10)))
        limiter.acquire(refilled, new RateLimit(1, Duration.ofMillis(10)))
        PostgresTestServer.get().connect().withCloseable {
            it.createStatement().execute("UPDATE rate_limit_buckets SET expires_at = 0 WHERE id = '$refilled'")
        }

        when:
        limiter.removeFullBuckets()

        then:
        rows(spent) == 1
        rows(refilled) == 0
    }

    private static int rows(String key) {
        PostgresTestServer.get().connect().withCloseable {
            def result = it.createStatement().executeQuery("SELECT count(*) FROM rate_limit_buckets WHERE id = '$key'")
            result.next()
            result.getInt(1)
        }
    }
}
