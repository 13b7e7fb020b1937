package io.spendvault.domain.storage;

import java.time.Instant;
import java.util.Objects;

/** A blob as a listing shows it: key, size and when it was last written. */
public record BlobInfo(BlobKey key, long size, Instant lastModified) {

    public BlobInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
