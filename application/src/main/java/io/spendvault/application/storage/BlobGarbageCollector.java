package io.spendvault.application.storage;

import io.spendvault.application.storage.port.in.CollectBlobGarbageUseCase;
import io.spendvault.application.storage.port.in.GarbageCollectionCommand;
import io.spendvault.application.storage.port.in.GarbageCollectionReport;
import io.spendvault.domain.storage.BlobInfo;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.port.BlobReferences;
import io.spendvault.domain.storage.port.BlobStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes unreferenced blobs older than the grace period, the derived objects of such content, and the
 * leftovers of uploads a crash interrupted. The reference is checked for each blob right before it is
 * deleted, not from a snapshot.
 */
public class BlobGarbageCollector implements CollectBlobGarbageUseCase {

    private final BlobStore blobs;
    private final BlobReferences references;
    private final Clock clock;

    public BlobGarbageCollector(BlobStore blobs, BlobReferences references, Clock clock) {
        this.blobs = blobs;
        this.references = references;
        this.clock = clock;
    }

    @Override
    public GarbageCollectionReport collect(GarbageCollectionCommand command) {
        Instant cutoff = clock.instant().minus(command.gracePeriod());
        List<BlobKey> collected = new ArrayList<>();
        long examined = 0;
        long bytes = 0;
        try (Stream<BlobInfo> listing = blobs.list()) {
            for (BlobInfo blob : (Iterable<BlobInfo>) listing::iterator) {
                examined++;
                boolean old = blob.lastModified().isBefore(cutoff);
                if (old && !references.isReferenced(blob.key().contentHash())) {
                    if (command.dryRun() || blobs.delete(blob.key())) {
                        collected.add(blob.key());
                        bytes += blob.size();
                    }
                }
            }
        }
        long abandoned = command.dryRun() ? 0 : blobs.sweepAbandonedUploads(cutoff);
        return new GarbageCollectionReport(examined, collected, bytes, command.dryRun(), abandoned);
    }
}
