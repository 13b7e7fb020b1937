package io.spendvault.adapters.rest.ratelimit;

import io.spendvault.domain.ratelimit.RateLimitDecision;

/** A request refused by a limit that only a route can check (it needs the body); answered 429. */
public class RateLimitedException extends RuntimeException {

    private final transient RateLimitDecision decision;

    RateLimitedException(RateLimitDecision decision, String detail) {
        super(detail, null, false, false);
        this.decision = decision;
    }

    RateLimitDecision decision() {
        return decision;
    }
}
