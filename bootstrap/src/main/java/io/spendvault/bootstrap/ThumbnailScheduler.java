package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.spendvault.application.files.ThumbnailWorker;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the thumbnail worker in the background of every server instance; the job table's row locks keep
 * instances from doing the same job twice. On shutdown it stops first and waits for a job in flight, so
 * the database and the blob store are never closed under it.
 */
@Singleton
@Requires(property = "spendvault.thumbnails.worker-enabled", notEquals = "false")
class ThumbnailScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailScheduler.class);
    static final int BATCH = 50;

    private final ThumbnailWorker worker;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;

    ThumbnailScheduler(ThumbnailWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelay = "${spendvault.thumbnails.poll-interval:2s}", initialDelay = "2s")
    void makeThumbnails() {
        if (stopping || !running.tryLock()) {
            return;
        }
        try {
            int handled = 0;
            while (handled < BATCH && !stopping && worker.runOnce()) {
                handled++;
            }
            if (handled > 0) {
                LOG.debug("Handled {} thumbnail jobs", handled);
            }
        } catch (RuntimeException e) {
            // The database or storage is down: the jobs stay queued and the next run tries again.
            LOG.warn("Thumbnail worker run failed: {}", e.getMessage());
        } finally {
            running.unlock();
        }
    }

    /** Published when the context starts closing, before any bean (the data source among them) is closed. */
    @EventListener
    void stop(ShutdownEvent event) {
        stopping = true;
        running.lock(); // waits for the job in flight; no run starts after this
        running.unlock();
    }
}
