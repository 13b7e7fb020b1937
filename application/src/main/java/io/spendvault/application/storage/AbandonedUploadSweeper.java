package io.spendvault.application.storage;

import io.spendvault.application.common.port.out.ClusterLock;
import io.spendvault.application.storage.port.in.SweepAbandonedUploadsUseCase;
import io.spendvault.domain.storage.port.BlobStore;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/** The sweep every node schedules, done by one node at a time. */
public class AbandonedUploadSweeper implements SweepAbandonedUploadsUseCase {

    static final String JOB = "sweep-abandoned-uploads";

    private final BlobStore blobs;
    private final ClusterLock lock;
    private final Clock clock;
    private final Duration gracePeriod;

    public AbandonedUploadSweeper(BlobStore blobs, ClusterLock lock, Clock clock, Duration gracePeriod) {
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("the grace period must not be negative: " + gracePeriod);
        }
        this.blobs = blobs;
        this.lock = lock;
        this.clock = clock;
        this.gracePeriod = Objects.requireNonNull(gracePeriod);
    }

    @Override
    public OptionalLong sweep() {
        return lock.ifFree(JOB, () -> blobs.sweepAbandonedUploads(clock.instant().minus(gracePeriod)))
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }
}
