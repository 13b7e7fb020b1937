package io.spendvault.domain.identity;

import java.time.Duration;

/**
 * How long logins for one account wait after consecutive failures (OWASP's advice against credential
 * stuffing): the first {@value #FREE_FAILURES} cost nothing, each one after that doubles the wait, from one
 * second up to {@link #MAX_DELAY}. Failures are forgotten {@link #MEMORY} after the last one, or at the
 * next successful login.
 */
public final class LoginDelay {

    public static final int FREE_FAILURES = 5;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration MEMORY = Duration.ofHours(1);

    private LoginDelay() {
    }

    /** The wait after {@code consecutiveFailures} failed logins in a row. */
    public static Duration after(int consecutiveFailures) {
        int beyond = consecutiveFailures - FREE_FAILURES;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        long seconds = beyond > 20 ? Long.MAX_VALUE : 1L << (beyond - 1);
        return seconds >= MAX_DELAY.getSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
    }
}
