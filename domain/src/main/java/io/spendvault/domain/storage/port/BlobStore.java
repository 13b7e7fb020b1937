package io.spendvault.domain.storage.port;

import io.spendvault.domain.storage.BlobInfo;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.ByteRange;
import io.spendvault.domain.storage.DownloadLink;
import io.spendvault.domain.storage.DownloadLinkRequest;
import io.spendvault.domain.storage.StagedBlob;
import io.spendvault.domain.storage.StoredBlob;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where file content lives. Content is addressed by its SHA-256, computed while it streams in, so storing
 * the same bytes twice keeps one copy and a retry is harmless. Everything streams: no method takes or
 * returns content as a byte array.
 *
 * <p>Every failure of the backend is a {@link io.spendvault.domain.storage.BlobStorageException};
 * "not there" is an empty {@code Optional} or {@code false}, never an exception.
 */
public interface BlobStore {

    /**
     * Stores content of unknown length under its hash: {@link #stage}, then {@link #commit}. When more than
     * {@code maxBytes} arrive, the write stops at once with {@link io.spendvault.domain.storage.BlobTooLargeException}
     * and nothing is kept. A crash mid-way never leaves partial content under a final key. The caller closes
     * {@code content}.
     */
    default StoredBlob store(InputStream content, long maxBytes) {
        StagedBlob staged = stage(content, maxBytes);
        try {
            return commit(staged);
        } finally {
            discard(staged);
        }
    }

    /**
     * Writes content of unknown length to the store's temporary area and hashes it, without placing it under
     * its key yet (with the same size limit as {@link #store}). So a caller can place it while holding a lock
     * on that content: an upload and the delete of the last other copy of the same bytes cannot interleave.
     */
    StagedBlob stage(InputStream content, long maxBytes);

    /**
     * Places staged content under its key; when identical content is there already, keeps that copy and
     * refreshes its age (garbage collection's grace period). Whether the bytes were new is in the answer.
     */
    StoredBlob commit(StagedBlob staged);

    /** Drops what {@link #stage} wrote, if it is still there (after a commit nothing is); never fails. */
    void discard(StagedBlob staged);

    /** Stores an object derived from some content (a thumbnail) under a derived key, replacing any old one. */
    void storeDerived(BlobKey key, InputStream content);

    /** The whole blob; the caller closes the stream. */
    Optional<InputStream> open(BlobKey key);

    /** The bytes of {@code range} (which the caller has cut to the blob's size); the caller closes the stream. */
    Optional<InputStream> open(BlobKey key, ByteRange range);

    /** The blob's size in bytes, or empty when there is no such blob. */
    Optional<Long> size(BlobKey key);

    default boolean exists(BlobKey key) {
        return size(key).isPresent();
    }

    /** Removes the blob; {@code true} if there was one. */
    boolean delete(BlobKey key);

    /** Every blob in the store, content and derived; close the stream when done. */
    Stream<BlobInfo> list();

    /**
     * Removes what writes interrupted by a crash left in the store's temporary area (never a blob), if
     * it was last touched before {@code cutoff}; returns how many were removed.
     */
    long sweepAbandonedUploads(Instant cutoff);

    /** A time-limited URL that downloads the blob without further credentials. */
    DownloadLink downloadLink(DownloadLinkRequest request);

    /** A short description for logs and progress output, e.g. {@code s3 http://minio:9000/spendvault}. */
    String describe();

    /** Fails with {@link io.spendvault.domain.storage.BlobStorageException} when the backend cannot be used. */
    void checkAvailable();
}
