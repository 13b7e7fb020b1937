package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.spendvault.application.storage.port.in.SweepAbandonedUploadsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.OptionalLong;

/**
 * Sweeps crash leftovers of uploads shortly after start-up (a crash is what leaves them, and a restart
 * follows it) and then at the configured interval, on every server instance; the cluster lock lets one do it.
 */
@Singleton
@Requires(property = "spendvault.storage.abandoned-uploads.sweep-enabled", notEquals = "false")
class AbandonedUploadSweepScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedUploadSweepScheduler.class);

    private final SweepAbandonedUploadsUseCase sweeper;

    AbandonedUploadSweepScheduler(SweepAbandonedUploadsUseCase sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(initialDelay = "5s", fixedDelay = "${spendvault.storage.abandoned-uploads.interval}")
    void sweep() {
        try {
            OptionalLong removed = sweeper.sweep();
            if (removed.isPresent() && removed.getAsLong() > 0) {
                LOG.info("Removed {} abandoned partial uploads", removed.getAsLong());
            }
        } catch (RuntimeException e) {
            // the store or the database is down: the leftovers wait for the next run
            LOG.warn("Sweeping abandoned uploads failed: {}", e.getMessage());
        }
    }
}
