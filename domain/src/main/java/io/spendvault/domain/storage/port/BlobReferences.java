package io.spendvault.domain.storage.port;

import io.spendvault.domain.storage.ContentHash;

import java.util.stream.Stream;

/**
 * Which content the database still points at. Garbage collection keeps every referenced blob, and
 * verification reports referenced blobs that the store has lost.
 */
public interface BlobReferences {

    boolean isReferenced(ContentHash hash);

    /** Every referenced hash, once each; close the stream when done. */
    Stream<ContentHash> referencedHashes();
}
