package io.spendvault.domain.common;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts in too short a time; the client may try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super("RATE_LIMITED", message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
