package io.spendvault.adapters.storage.filesystem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.spendvault.application.storage.port.in.SignBlobLinkUseCase;
import io.spendvault.domain.storage.BlobInfo;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.BlobStorageException;
import io.spendvault.domain.storage.ByteRange;
import io.spendvault.domain.storage.DownloadLink;
import io.spendvault.domain.storage.DownloadLinkRequest;
import io.spendvault.domain.storage.HashingInputStream;
import io.spendvault.domain.storage.StagedBlob;
import io.spendvault.domain.storage.StoredBlob;
import io.spendvault.domain.storage.port.BlobStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Blobs as files under a root directory, at their key's path. A write goes to a temporary file in
 * {@code .tmp} on the same filesystem, is fsynced, and is atomically renamed into place, so a final key
 * only ever holds complete content; concurrent writers of the same content each rename identical bytes.
 * Download links are HMAC-signed URLs served by the application.
 */
public final class FilesystemBlobStore implements BlobStore {

    static final String TEMP_DIRECTORY = ".tmp";
    private static final Logger LOG = LoggerFactory.getLogger(FilesystemBlobStore.class);
    private static final int BUFFER_SIZE = 128 * 1024;

    private final Path root;
    private final Path temp;
    private final SignBlobLinkUseCase links;
    private final Clock clock;

    public FilesystemBlobStore(Path root, SignBlobLinkUseCase links, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve(TEMP_DIRECTORY);
        this.links = links;
        this.clock = clock;
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new BlobStorageException("Cannot create the blob directory " + this.root, e);
        }
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) {
        Path part = null;
        try {
            part = Files.createTempFile(temp, "upload-", ".part");
            HashingInputStream hashing = new HashingInputStream(content, maxBytes);
            writeDurably(hashing, part);
            StagedBlob staged = new StagedBlob(hashing.hash(), hashing.count(), part.getFileName().toString());
            part = null;
            return staged;
        } catch (IOException e) {
            throw new BlobStorageException("Writing a blob under " + root + " failed", e);
        } finally {
            deleteQuietly(part);
        }
    }

    @Override
    public StoredBlob commit(StagedBlob staged) {
        Path part = partOf(staged);
        Path target = pathOf(staged.key());
        try {
            if (Files.exists(target)) {
                // Dedup: keep the existing copy, and refresh its age so garbage collection's grace
                // period protects it until the row that references it is committed.
                Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
                return new StoredBlob(staged.hash(), staged.size(), false);
            }
            Files.createDirectories(target.getParent());
            moveAtomically(part, target);
            syncDirectory(target.getParent());
            return new StoredBlob(staged.hash(), staged.size(), true);
        } catch (IOException e) {
            throw new BlobStorageException("Placing " + staged.key() + " under " + root + " failed", e);
        }
    }

    @Override
    public void discard(StagedBlob staged) {
        deleteQuietly(partOf(staged));
    }

    /** The staged file: a plain name in the temporary directory, never a path elsewhere. */
    private Path partOf(StagedBlob staged) {
        Path part = temp.resolve(staged.handle()).normalize();
        if (!part.getParent().equals(temp)) {
            throw new IllegalArgumentException("not a staged upload of this store: " + staged.handle());
        }
        return part;
    }

    @Override
    public void storeDerived(BlobKey key, InputStream content) {
        requireDerived(key);
        Path part = null;
        try {
            part = Files.createTempFile(temp, "derived-", ".part");
            writeDurably(content, part);
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            moveAtomically(part, target);
            part = null;
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new BlobStorageException("Writing " + key + " under " + root + " failed", e);
        } finally {
            deleteQuietly(part);
        }
    }

    @Override
    public Optional<InputStream> open(BlobKey key) {
        try {
            return Optional.of(Files.newInputStream(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BlobStorageException("Reading " + key + " failed", e);
        }
    }

    @Override
    public Optional<InputStream> open(BlobKey key, ByteRange range) {
        try {
            FileChannel channel = FileChannel.open(pathOf(key), StandardOpenOption.READ);
            channel.position(range.first());
            return Optional.of(new RangeInputStream(Channels.newInputStream(channel), range.length()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BlobStorageException("Reading " + key + " failed", e);
        }
    }

    @Override
    public Optional<Long> size(BlobKey key) {
        try {
            return Optional.of(Files.size(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BlobStorageException("Reading the size of " + key + " failed", e);
        }
    }

    @Override
    public boolean delete(BlobKey key) {
        try {
            return Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            LOG.warn("Could not delete {} (storage gc collects it later): {}", key, e.toString());
            throw new BlobStorageException("Deleting " + key + " failed", e);
        }
    }

    @Override
    public Stream<BlobInfo> list() {
        try {
            return Files.walk(root)
                    .filter(path -> !path.startsWith(temp))
                    .map(this::infoOf)
                    .flatMap(Optional::stream);
        } catch (IOException e) {
            throw new BlobStorageException("Listing " + root + " failed", e);
        }
    }

    @Override
    public long sweepAbandonedUploads(Instant cutoff) {
        try (Stream<Path> parts = Files.list(temp)) {
            long removed = 0;
            for (Path part : (Iterable<Path>) parts::iterator) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff) && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
            return removed;
        } catch (IOException e) {
            throw new BlobStorageException("Sweeping " + temp + " failed", e);
        }
    }

    @Override
    public DownloadLink downloadLink(DownloadLinkRequest request) {
        return links.sign(request);
    }

    @Override
    public String describe() {
        return "filesystem " + root;
    }

    @Override
    public void checkAvailable() {
        if (!Files.isDirectory(root) || !Files.isWritable(temp)) {
            throw new BlobStorageException("The blob directory " + root + " is missing or not writable");
        }
    }

    private Path pathOf(BlobKey key) {
        // Keys are validated to hex digits, fixed names and '/', so resolving cannot leave the root.
        return root.resolve(key.value());
    }

    private Optional<BlobInfo> infoOf(Path path) {
        String relative = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        return BlobKey.parse(relative).flatMap(key -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return Optional.of(new BlobInfo(key, attributes.size(), attributes.lastModifiedTime().toInstant()));
            } catch (NoSuchFileException e) {
                return Optional.empty(); // deleted while listing
            } catch (IOException e) {
                throw new BlobStorageException("Reading the attributes of " + key + " failed", e);
            }
        });
    }

    private static void writeDurably(InputStream content, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int n;
            while ((n = content.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
            channel.force(true);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another writer renamed the same content first: theirs is as good as ours.
            Files.deleteIfExists(from);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The blob directory must be on one filesystem with its .tmp folder", e);
        }
    }

    /** Makes a rename durable: the directory entry is flushed, not only the file's bytes. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some filesystems cannot open directories for sync; the data itself was already forced.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray temporary file is harmless and never listed
            }
        }
    }

    private static void requireDerived(BlobKey key) {
        if (key.isContent()) {
            throw new IllegalArgumentException("content is stored by hash with store(); not a derived key: " + key);
        }
    }
}
