package io.spendvault.application.storage.port.in;

import java.time.Duration;
import java.util.Objects;

/** How old an unreferenced blob must be before it goes, and whether to only report (dry run). */
public record GarbageCollectionCommand(Duration gracePeriod, boolean dryRun) {

    public static final Duration MINIMUM_GRACE = Duration.ofMinutes(10);

    public GarbageCollectionCommand {
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (gracePeriod.compareTo(MINIMUM_GRACE) < 0) {
            throw new IllegalArgumentException("the grace period must be at least " + MINIMUM_GRACE.toMinutes()
                    + " minutes, so uploads in flight are never collected");
        }
    }
}
