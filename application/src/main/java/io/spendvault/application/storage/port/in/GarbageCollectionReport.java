package io.spendvault.application.storage.port.in;

import io.spendvault.domain.storage.BlobKey;

import java.util.List;

/**
 * Unreferenced blobs found (and, unless a dry run, deleted) with their total size, and how many abandoned
 * temporary uploads were swept (none in a dry run).
 */
public record GarbageCollectionReport(long examined, List<BlobKey> collected, long bytesCollected, boolean dryRun,
                                      long abandonedUploadsRemoved) {

    public GarbageCollectionReport {
        collected = List.copyOf(collected);
    }
}
