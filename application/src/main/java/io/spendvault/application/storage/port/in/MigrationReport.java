package io.spendvault.application.storage.port.in;

import java.time.Duration;
import java.util.List;

/** What a migration did: copied, skipped (already in the target), and the blobs it could not copy. */
public record MigrationReport(long copied, long skipped, long bytesCopied, List<BlobFailure> failures, Duration elapsed) {

    public MigrationReport {
        failures = List.copyOf(failures);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }
}
