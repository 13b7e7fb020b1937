package io.spendvault.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether one request under a {@link RateLimit} may go ahead, what is left of the limit, how long until it
 * is whole again ({@code untilReset}), and, when refused, how long until the next request would be
 * allowed ({@code retryAfter}, zero when allowed).
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Duration untilReset, Duration retryAfter) {

    public RateLimitDecision {
        Objects.requireNonNull(untilReset, "untilReset");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }
}
