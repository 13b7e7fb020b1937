package io.spendvault.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code requests} per {@code window} for one key, refilled continuously: a client that used
 * them all gets one back every {@code window / requests}.
 */
public record RateLimit(long requests, Duration window) {

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit window is positive");
        }
    }
}
