package io.spendvault.domain.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Passes content through while computing its SHA-256 and counting its bytes, and fails with
 * {@link BlobTooLargeException} the moment more than {@code maxBytes} have been read, so an oversized
 * upload is refused without reading the rest of it. Every store adapter streams through one of these.
 */
public final class HashingInputStream extends FilterInputStream {

    /** No limit. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    private final MessageDigest digest;
    private final long maxBytes;
    private long count;

    public HashingInputStream(InputStream in, long maxBytes) {
        super(in);
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        this.maxBytes = maxBytes;
        this.digest = newDigest();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            account(n);
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("skipping would leave bytes out of the hash");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    /** The hash of everything read; call once, after the stream is exhausted. */
    public ContentHash hash() {
        return ContentHash.of(digest.digest());
    }

    /** Reads to the end (discarding), e.g. to hash content that is not otherwise consumed. */
    public ContentHash drain() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (read(buffer, 0, buffer.length) >= 0) {
            // hashing happens in read
        }
        return hash();
    }

    private void account(int n) {
        count += n;
        if (count > maxBytes) {
            throw new BlobTooLargeException(maxBytes);
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(ContentHash.ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
