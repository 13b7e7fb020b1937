package io.spendvault.application.storage;

import io.spendvault.application.storage.port.in.BlobFailure;
import io.spendvault.application.storage.port.in.MigrateBlobsUseCase;
import io.spendvault.application.storage.port.in.MigrationReport;
import io.spendvault.application.storage.port.in.TransferProgress;
import io.spendvault.domain.storage.BlobInfo;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.HashingInputStream;
import io.spendvault.domain.storage.StoredBlob;
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

/**
 * Streams every blob from the source store into the target. Content blobs are re-hashed by the target
 * as they are written, so a copy that lands under its key is verified; derived blobs are hashed on the
 * way out and read back from the target. Blobs the target already holds at the same size are skipped,
 * which makes a second run cheap and a broken run resumable.
 */
public class BlobMigrationService implements MigrateBlobsUseCase {

    private final BlobStore source;
    private final Clock clock;

    public BlobMigrationService(BlobStore source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public MigrationReport migrate(BlobStore target, TransferProgress.Listener listener) {
        Instant started = clock.instant();
        BlobInventory inventory = BlobInventory.of(source, blob -> true);
        var tally = new Tally();
        try (Stream<BlobInfo> blobs = source.list()) {
            for (BlobInfo blob : (Iterable<BlobInfo>) blobs::iterator) {
                migrateOne(blob, target, tally);
                listener.onProgress(new TransferProgress(tally.done, inventory.count(), tally.bytesDone,
                        inventory.bytes(), Duration.between(started, clock.instant())));
            }
        }
        return new MigrationReport(tally.copied, tally.skipped, tally.bytesCopied, tally.failures,
                Duration.between(started, clock.instant()));
    }

    private void migrateOne(BlobInfo blob, BlobStore target, Tally tally) {
        BlobKey key = blob.key();
        tally.done++;
        tally.bytesDone += blob.size();
        if (target.size(key).filter(size -> size == blob.size()).isPresent()) {
            tally.skipped++;
            return;
        }
        Optional<InputStream> content = source.open(key);
        if (content.isEmpty()) {
            tally.failures.add(new BlobFailure(key, "vanished from the source during the migration"));
            return;
        }
        try (InputStream in = content.get()) {
            Optional<String> problem = key.isContent() ? copyContent(key, in, target) : copyDerived(key, in, target);
            problem.ifPresentOrElse(reason -> tally.failures.add(new BlobFailure(key, reason)), () -> {
                tally.copied++;
                tally.bytesCopied += blob.size();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + key + " from " + source.describe(), e);
        }
    }

    private static Optional<String> copyContent(BlobKey key, InputStream in, BlobStore target) {
        StoredBlob stored = target.store(in, HashingInputStream.UNLIMITED);
        if (stored.key().equals(key)) {
            return Optional.empty();
        }
        // The source's bytes do not match their key: keep the target clean and report the corruption.
        if (stored.newlyStored()) {
            target.delete(stored.key());
        }
        return Optional.of("corrupted in the source: its content hashes to " + stored.hash().hex());
    }

    private static Optional<String> copyDerived(BlobKey key, InputStream in, BlobStore target) throws IOException {
        HashingInputStream hashing = new HashingInputStream(in, HashingInputStream.UNLIMITED);
        target.storeDerived(key, hashing);
        var sent = hashing.hash();
        Optional<InputStream> copy = target.open(key);
        if (copy.isEmpty()) {
            return Optional.of("missing from the target right after copying");
        }
        try (InputStream readBack = copy.get()) {
            var received = new HashingInputStream(readBack, HashingInputStream.UNLIMITED).drain();
            return received.equals(sent) ? Optional.empty() : Optional.of("the target returned different bytes");
        }
    }

    private static final class Tally {
        long done;
        long bytesDone;
        long copied;
        long skipped;
        long bytesCopied;
        final List<BlobFailure> failures = new ArrayList<>();
    }
}
