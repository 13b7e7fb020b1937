package io.spendvault.adapters.persistence.files

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.storage.ContentHash
import jakarta.inject.Inject

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

@MicronautTest(transactional = false)
class PostgresThumbnailJobsSpec extends PostgresSpecification {

    @Inject
    PostgresThumbnailJobs jobs

    def now = Instant.parse('2026-03-01T10:00:00Z')

    def setup() {
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute('TRUNCATE thumbnail_jobs') }
    }

    private static ContentHash hash(int i) {
        new ContentHash(String.format('%064x', i))
    }

    def "a job is queued once per content, claimed when due, and done"() {
        given:
        jobs.enqueue(hash(1), now)
        jobs.enqueue(hash(1), now)

        when:
        def claim = jobs.claimNext(now, Duration.ofMinutes(5))

        then:
        claim.get().hash() == hash(1)
        claim.get().attempt() == 1
        jobs.claimNext(now, Duration.ofMinutes(5)).isEmpty()

        when:
        jobs.markDone(hash(1), now)

        then:
        jobs.done([hash(1), hash(2)]) == [hash(1)] as Set
    }

    def "a retried job waits until it is due again; a dead worker's lease expires"() {
        given:
        jobs.enqueue(hash(2), now)
        jobs.claimNext(now, Duration.ofMinutes(5))
        jobs.retryLater(hash(2), 'oops', now + Duration.ofSeconds(30))

        expect:
        jobs.claimNext(now + Duration.ofSeconds(29), Duration.ofMinutes(5)).isEmpty()
        jobs.claimNext(now + Duration.ofSeconds(30), Duration.ofMinutes(5)).get().attempt() == 2
        jobs.claimNext(now + Duration.ofMinutes(1), Duration.ofMinutes(5)).isEmpty()
        jobs.claimNext(now + Duration.ofMinutes(6), Duration.ofMinutes(5)).get().attempt() == 3
    }

    def "concurrent workers never claim the same job"() {
        given:
        (1..20).each { jobs.enqueue(hash(it), now) }
        def pool = Executors.newFixedThreadPool(4)
        def start = new CountDownLatch(1)

        when:
        def claims = (1..4).collect {
            pool.submit({
                start.await()
                def mine = []
                for (def c = jobs.claimNext(now, Duration.ofMinutes(5)); c.isPresent(); c = jobs.claimNext(now, Duration.ofMinutes(5))) {
                    mine << c.get().hash()
                }
                mine
            } as Callable)
        }
        start.countDown()
        def all = claims*.get().flatten()

        then:
        all.size() == 20
        all.toSet().size() == 20

        cleanup:
        pool.shutdownNow()
    }
}
