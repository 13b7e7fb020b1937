package io.spendvault.application.storage

import io.spendvault.application.common.port.out.ClusterLock
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.function.Supplier

class AbandonedUploadSweeperSpec extends Specification {

    def clock = new MutableClock()
    List<Instant> cutoffs = []
    def blobs = new InMemoryBlobStore() {
        @Override
        long sweepAbandonedUploads(Instant cutoff) {
            cutoffs << cutoff
            3
        }
    }
    boolean taken = false
    List<String> jobs = []
    ClusterLock lock = new ClusterLock() {
        @Override
        <T> Optional<T> ifFree(String job, Supplier<T> work) {
            jobs << job
            taken ? Optional.empty() : Optional.of(work.get())
        }
    }

    def "sweeps what is older than the grace period, under the job's cluster lock"() {
        given:
        def sweeper = new AbandonedUploadSweeper(blobs, lock, clock, Duration.ofHours(1))

        expect:
        sweeper.sweep() == OptionalLong.of(3)
        cutoffs == [clock.instant().minus(Duration.ofHours(1))]
        jobs == [AbandonedUploadSweeper.JOB]
    }

    def "another node sweeping right now: nothing is touched here"() {
        given:
        taken = true

        expect:
        new AbandonedUploadSweeper(blobs, lock, clock, Duration.ofHours(1)).sweep() == OptionalLong.empty()
        cutoffs.isEmpty()
    }

    def "a negative grace period is refused at configuration time"() {
        when:
        new AbandonedUploadSweeper(blobs, lock, clock, Duration.ofSeconds(-1))

        then:
        thrown(IllegalArgumentException)
    }
}
