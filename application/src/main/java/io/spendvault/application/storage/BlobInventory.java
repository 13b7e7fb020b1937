package io.spendvault.application.storage;

import io.spendvault.domain.storage.BlobInfo;
import io.spendvault.domain.storage.port.BlobStore;

import java.util.function.Predicate;
import java.util.stream.Stream;

/** Counts a store's blobs in one streaming pass, so a long job can show progress and an ETA. */
record BlobInventory(long count, long bytes) {

    static BlobInventory of(BlobStore store, Predicate<BlobInfo> filter) {
        long count = 0;
        long bytes = 0;
        try (Stream<BlobInfo> blobs = store.list()) {
            for (BlobInfo blob : (Iterable<BlobInfo>) blobs.filter(filter)::iterator) {
                count++;
                bytes += blob.size();
            }
        }
        return new BlobInventory(count, bytes);
    }
}
