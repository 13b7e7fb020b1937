package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.spendvault.application.files.ThumbnailWorker;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the thumbnail worker in the background of every server instance; the job table's row locks keep
 * instances from doing the same job twice.
 */
@Singleton
@Requires(property = "spendvault.thumbnails.worker-enabled", notEquals = "false")
class ThumbnailScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailScheduler.class);
    private static final int BATCH = 50;

    private final ThumbnailWorker worker;

    ThumbnailScheduler(ThumbnailWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelay = "${spendvault.thumbnails.poll-interval:2s}", initialDelay = "2s")
    void makeThumbnails() {
        try {
            int handled = worker.drain(BATCH);
            if (handled > 0) {
                LOG.debug("Handled {} thumbnail jobs", handled);
            }
        } catch (RuntimeException e) {
            // The database or storage is down: the jobs stay queued and the next run tries again.
            LOG.warn("Thumbnail worker run failed: {}", e.getMessage());
        }
    }
}
