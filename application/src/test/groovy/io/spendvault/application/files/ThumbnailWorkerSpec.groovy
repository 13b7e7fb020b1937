package io.spendvault.application.files

import io.spendvault.application.files.port.out.ThumbnailRenderer
import io.spendvault.application.storage.MutableClock
import io.spendvault.domain.files.testsupport.InMemoryThumbnailJobs
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import spock.lang.Specification

import java.time.Duration

class ThumbnailWorkerSpec extends Specification {

    def clock = new MutableClock()
    def jobs = new InMemoryThumbnailJobs()
    def blobs = new InMemoryBlobStore(clock: clock)
    def failures = 0
    def refuse = false
    ThumbnailRenderer renderer = new ThumbnailRenderer() {
        boolean supports(String type) { true }

        void render(InputStream image, int width, OutputStream png) {
            if (refuse) {
                throw new ImageRefusedException('too many pixels')
            }
            if (failures-- > 0) {
                throw new IllegalStateException('transient failure')
            }
            png.write("png of ${image.text} at $width".bytes)
        }
    }
    def worker = new ThumbnailWorker(jobs, blobs, renderer, clock)

    private queued(String content) {
        def hash = blobs.store(new ByteArrayInputStream(content.bytes), HashingInputStream.UNLIMITED).hash()
        jobs.enqueue(hash, clock.instant())
        hash
    }

    def "a queued job becomes a 64 px thumbnail under the content's derived key"() {
        given:
        def hash = queued('an image')

        when:
        def handled = worker.drain(10)

        then:
        handled == 1
        jobs.jobs[hash].status == 'DONE'
        blobs.open(BlobKey.derived(hash, FileService.THUMBNAIL_VARIANT)).get().text == 'png of an image at 64'
        !worker.runOnce()
    }

    def "a failure is retried later with growing delays, then given up"() {
        given:
        def hash = queued('flaky image')
        failures = 10

        when:
        worker.runOnce()

        then:
        jobs.jobs[hash].status == 'PENDING'
        jobs.jobs[hash].dueAt == clock.now + Duration.ofSeconds(10)
        !worker.runOnce()

        when:
        clock.advance(Duration.ofSeconds(10))
        worker.runOnce()

        then:
        jobs.jobs[hash].dueAt == clock.now + Duration.ofSeconds(20)

        when:
        3.times { clock.advance(Duration.ofMinutes(10)); worker.runOnce() }

        then:
        jobs.jobs[hash].status == 'FAILED'
        jobs.jobs[hash].attempts == ThumbnailWorker.MAX_ATTEMPTS
    }

    def "an image that will never render is given up at once"() {
        given:
        def hash = queued('a decompression bomb')
        refuse = true

        when:
        worker.runOnce()

        then:
        jobs.jobs[hash].status == 'FAILED'
        jobs.jobs[hash].lastError == 'too many pixels'
    }

    def "a job whose worker died is taken up again when its lease runs out"() {
        given:
        def hash = queued('an image')
        jobs.claimNext(clock.instant(), Duration.ofMinutes(5)) // a worker claims it and dies

        expect:
        !worker.runOnce()

        when:
        clock.advance(Duration.ofMinutes(6))

        then:
        worker.runOnce()
        jobs.jobs[hash].status == 'DONE'
    }
}
