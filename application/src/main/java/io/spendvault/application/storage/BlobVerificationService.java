package io.spendvault.application.storage;

import io.spendvault.application.storage.port.in.TransferProgress;
import io.spendvault.application.storage.port.in.VerificationReport;
import io.spendvault.application.storage.port.in.VerifyBlobsUseCase;
import io.spendvault.domain.storage.BlobInfo;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.ContentHash;
import io.spendvault.domain.storage.HashingInputStream;
import io.spendvault.domain.storage.port.BlobReferences;
import io.spendvault.domain.storage.port.BlobStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Re-hashes every content blob and checks that every referenced blob is still there. */
public class BlobVerificationService implements VerifyBlobsUseCase {

    private final BlobStore blobs;
    private final BlobReferences references;
    private final Clock clock;

    public BlobVerificationService(BlobStore blobs, BlobReferences references, Clock clock) {
        this.blobs = blobs;
        this.references = references;
        this.clock = clock;
    }

    @Override
    public VerificationReport verify(TransferProgress.Listener listener) {
        Instant started = clock.instant();
        BlobInventory inventory = BlobInventory.of(blobs, blob -> blob.key().isContent());
        List<BlobKey> corrupted = new ArrayList<>();
        long checked = 0;
        long bytes = 0;
        try (Stream<BlobInfo> listing = blobs.list()) {
            for (BlobInfo blob : (Iterable<BlobInfo>) listing.filter(b -> b.key().isContent())::iterator) {
                if (!matchesItsHash(blob.key())) {
                    corrupted.add(blob.key());
                }
                checked++;
                bytes += blob.size();
                listener.onProgress(new TransferProgress(checked, inventory.count(), bytes, inventory.bytes(),
                        Duration.between(started, clock.instant())));
            }
        }
        List<ContentHash> missing = new ArrayList<>();
        try (Stream<ContentHash> referenced = references.referencedHashes()) {
            referenced.filter(hash -> !blobs.exists(BlobKey.content(hash))).forEach(missing::add);
        }
        return new VerificationReport(checked, bytes, corrupted, missing, Duration.between(started, clock.instant()));
    }

    private boolean matchesItsHash(BlobKey key) {
        Optional<InputStream> content = blobs.open(key);
        if (content.isEmpty()) {
            return true; // deleted since the listing: nothing stored is corrupt
        }
        try (InputStream in = content.get()) {
            return new HashingInputStream(in, HashingInputStream.UNLIMITED).drain().equals(key.contentHash());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + key + " from " + blobs.describe(), e);
        }
    }
}
