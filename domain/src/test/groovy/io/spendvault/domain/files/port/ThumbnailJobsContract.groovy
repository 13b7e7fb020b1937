package io.spendvault.domain.files.port

import io.spendvault.domain.storage.ContentHash
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/** What every {@link ThumbnailJobs} does; the in-memory fake and the PostgreSQL adapter both pass it. */
abstract class ThumbnailJobsContract extends Specification {

    static final Duration LEASE = Duration.ofMinutes(5)

    ThumbnailJobs jobs
    Instant now = Instant.parse('2026-03-01T10:00:00Z')

    /** An empty queue. */
    abstract ThumbnailJobs createJobs()

    def setup() {
        jobs = createJobs()
    }

    static ContentHash hash(int i) {
        new ContentHash(String.format('%064x', i))
    }

    def "a job is queued once per content, claimed when due, and done"() {
        given:
        jobs.enqueue(hash(1), now)
        jobs.enqueue(hash(1), now)

        when:
        def claim = jobs.claimNext(now, LEASE)

        then:
        claim.get().hash() == hash(1)
        claim.get().attempt() == 1
        jobs.claimNext(now, LEASE).isEmpty()
        jobs.done([hash(1)]).isEmpty()

        when:
        jobs.markDone(hash(1), now)

        then:
        jobs.done([hash(1), hash(2)]) == [hash(1)] as Set
        jobs.claimNext(now + Duration.ofDays(1), LEASE).isEmpty()
    }

    def "nothing is claimed from an empty queue, and a job is not claimed before it is due"() {
        expect:
        jobs.claimNext(now, LEASE).isEmpty()

        when:
        jobs.enqueue(hash(9), now)

        then:
        jobs.claimNext(now - Duration.ofSeconds(1), LEASE).isEmpty()
        jobs.claimNext(now, LEASE).isPresent()
    }

    def "jobs are claimed oldest first"() {
        given:
        jobs.enqueue(hash(3), now)
        jobs.enqueue(hash(4), now + Duration.ofSeconds(1))

        expect:
        jobs.claimNext(now + Duration.ofSeconds(2), LEASE).get().hash() == hash(3)
        jobs.claimNext(now + Duration.ofSeconds(2), LEASE).get().hash() == hash(4)
    }

    def "a retried job waits until it is due again; a dead worker's lease expires"() {
        given:
        jobs.enqueue(hash(2), now)
        jobs.claimNext(now, LEASE)
        jobs.retryLater(hash(2), 'oops', now + Duration.ofSeconds(30))

        expect:
        jobs.claimNext(now + Duration.ofSeconds(29), LEASE).isEmpty()
        jobs.claimNext(now + Duration.ofSeconds(30), LEASE).get().attempt() == 2
        jobs.claimNext(now + Duration.ofMinutes(1), LEASE).isEmpty()
        jobs.claimNext(now + Duration.ofMinutes(6), LEASE).get().attempt() == 3
    }

    def "a failed job is never claimed again and has no thumbnail"() {
        given:
        jobs.enqueue(hash(5), now)
        jobs.claimNext(now, LEASE)

        when:
        jobs.markFailed(hash(5), 'not an image', now)

        then:
        jobs.claimNext(now + Duration.ofDays(30), LEASE).isEmpty()
        jobs.done([hash(5)]).isEmpty()
    }

    def "concurrent workers never claim the same job"() {
        given:
        (1..20).each { jobs.enqueue(hash(100 + it), now) }
        def pool = Executors.newFixedThreadPool(4)
        def start = new CountDownLatch(1)

        when:
        def claims = (1..4).collect {
            pool.submit({
                start.await()
                def mine = []
                for (def c = jobs.claimNext(now, LEASE); c.isPresent(); c = jobs.claimNext(now, LEASE)) {
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
