package io.spendvault.domain.common;

/**
 * Which slice of a result list to return: {@code page} is 1-based, {@code size} is 1 to {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** Rows to skip; a long because page × size can exceed an int. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
