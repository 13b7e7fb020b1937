package io.spendvault.domain.storage.testsupport;

import io.spendvault.domain.storage.ContentHash;
import io.spendvault.domain.storage.HashingInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Deterministic pseudo-random content of any size, produced on the fly so that specs and benchmarks can
 * stream gigabytes without holding them. The same (size, seed) always yields the same bytes.
 */
public final class GeneratedContent extends InputStream {

    private final long size;
    private long position;
    private long state;
    private long word;

    public GeneratedContent(long size, long seed) {
        this.size = size;
        this.state = seed * 0x9E3779B97F4A7C15L + 1;
    }

    public GeneratedContent(long size) {
        this(size, 42);
    }

    /** Bytes handed out so far. */
    public long getPosition() {
        return position;
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        return nextByte() & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = nextByte();
        }
        return n;
    }

    private byte nextByte() {
        if ((position & 7) == 0) {
            // xorshift64: fast, and no two neighbouring megabytes repeat.
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            word = state;
        }
        byte b = (byte) (word >>> ((position & 7) * 8));
        position++;
        return b;
    }

    public static ContentHash hashOf(long size, long seed) {
        try {
            return new HashingInputStream(new GeneratedContent(size, seed), HashingInputStream.UNLIMITED).drain();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(int size, long seed) {
        try {
            return new GeneratedContent(size, seed).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code count} bytes starting at {@code offset} of the content (size, seed). */
    public static byte[] slice(long size, long seed, long offset, int count) {
        try (GeneratedContent content = new GeneratedContent(size, seed)) {
            content.skipNBytes(offset);
            return content.readNBytes(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
