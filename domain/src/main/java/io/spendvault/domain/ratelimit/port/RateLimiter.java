package io.spendvault.domain.ratelimit.port;

import io.spendvault.domain.ratelimit.RateLimit;
import io.spendvault.domain.ratelimit.RateLimitDecision;

/**
 * Counts requests per key ({@code "api:<user id>"}, {@code "login:ip:<address>"}, …) against a limit.
 * Every instance of the server sharing the same store counts into the same buckets.
 */
public interface RateLimiter {

    /** Takes one request from the key's bucket if it has one left. */
    RateLimitDecision acquire(String key, RateLimit limit);
}
