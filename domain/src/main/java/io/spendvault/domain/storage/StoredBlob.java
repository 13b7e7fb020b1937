package io.spendvault.domain.storage;

import java.util.Objects;

/**
 * The outcome of storing content: its hash, its size, and whether these bytes were new to the store
 * ({@code false} when identical content was already there and nothing was written).
 */
public record StoredBlob(ContentHash hash, long size, boolean newlyStored) {

    public StoredBlob {
        Objects.requireNonNull(hash, "hash");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    public BlobKey key() {
        return BlobKey.content(hash);
    }
}
