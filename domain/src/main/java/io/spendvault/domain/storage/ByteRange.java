package io.spendvault.domain.storage;

/** The bytes {@code first} to {@code last}, both inclusive, as in an HTTP {@code Range} header. */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid byte range " + first + "-" + last);
        }
    }

    public long length() {
        return last - first + 1;
    }

    /** This range cut to a blob of {@code size} bytes; empty when it starts past the end. */
    public java.util.Optional<ByteRange> within(long size) {
        if (first >= size) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ByteRange(first, Math.min(last, size - 1)));
    }
}
