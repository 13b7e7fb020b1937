package io.spendvault.bootstrap

import io.micronaut.context.BeanContext
import io.micronaut.context.event.ShutdownEvent
import io.spendvault.application.files.ThumbnailWorker
import spock.lang.Specification
import spock.lang.Timeout

import java.time.Clock
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/** The thumbnail worker stops before anything it uses is closed: no job starts after shutdown began, and one in flight ends first. */
@Timeout(10)
class ThumbnailSchedulerSpec extends Specification {

    def "runs a batch of jobs while there are some"() {
        given:
        def worker = new CountingWorker(jobs: 3)
        def scheduler = new ThumbnailScheduler(worker)

        when:
        scheduler.makeThumbnails()

        then:
        worker.calls.get() == 4 // three jobs, then one look that finds none
    }

    def "after shutdown began, no run starts"() {
        given:
        def worker = new CountingWorker(jobs: 10)
        def scheduler = new ThumbnailScheduler(worker)

        when:
        scheduler.stop(new ShutdownEvent(Stub(BeanContext)))
        scheduler.makeThumbnails()

        then:
        worker.calls.get() == 0
    }

    def "shutdown waits for the job in flight, and the batch ends with it"() {
        given:
        def inJob = new CountDownLatch(1)
        def release = new CountDownLatch(1)
        def worker = new CountingWorker(jobs: 10, inJob: inJob, release: release)
        def scheduler = new ThumbnailScheduler(worker)
        def run = Thread.start { scheduler.makeThumbnails() }
        inJob.await()

        when:
        def stopped = new CountDownLatch(1)
        Thread.start { scheduler.stop(new ShutdownEvent(Stub(BeanContext))); stopped.countDown() }

        then: 'still waiting while the job runs'
        !stopped.await(300, TimeUnit.MILLISECONDS)

        when:
        release.countDown()

        then:
        stopped.await(5, TimeUnit.SECONDS)
        run.join(5000)
        worker.calls.get() == 1
    }

    static class CountingWorker extends ThumbnailWorker {
        int jobs
        CountDownLatch inJob
        CountDownLatch release
        final AtomicInteger calls = new AtomicInteger()

        CountingWorker() {
            super(null, null, null, Clock.systemUTC())
        }

        @Override
        boolean runOnce() {
            int call = calls.incrementAndGet()
            if (inJob != null) {
                inJob.countDown()
                release.await()
            }
            call <= jobs
        }
    }
}
