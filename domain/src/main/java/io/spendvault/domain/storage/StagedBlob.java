package io.spendvault.domain.storage;

import java.util.Objects;

/**
 * Content that has been written and hashed but is not yet under its key: {@code commit} places it there,
 * {@code discard} drops it. The handle is the store's own (a temporary file or object) and means nothing
 * to anyone else.
 */
public record StagedBlob(ContentHash hash, long size, String handle) {

    public StagedBlob {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(handle, "handle");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    public BlobKey key() {
        return BlobKey.content(hash);
    }
}
