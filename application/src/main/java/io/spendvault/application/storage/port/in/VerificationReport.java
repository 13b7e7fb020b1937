package io.spendvault.application.storage.port.in;

import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.ContentHash;

import java.time.Duration;
import java.util.List;

/** The outcome of verifying a store: how much was checked and what is corrupted or missing. */
public record VerificationReport(long checked, long bytesChecked, List<BlobKey> corrupted, List<ContentHash> missing,
                                 Duration elapsed) {

    public VerificationReport {
        corrupted = List.copyOf(corrupted);
        missing = List.copyOf(missing);
    }

    public boolean healthy() {
        return corrupted.isEmpty() && missing.isEmpty();
    }
}
