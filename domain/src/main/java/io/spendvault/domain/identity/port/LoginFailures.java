package io.spendvault.domain.identity.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Consecutive failed logins per attempted account (a key chosen by the caller) and until when its logins
 * wait. Shared by every instance of the server.
 */
public interface LoginFailures {

    /** Until when logins for the key are refused, if that is after {@code now}. */
    Optional<Instant> blockedUntil(String key, Instant now);

    /**
     * Counts one more failure, atomically with any concurrent one; a count whose last failure is older
     * than {@code memory} starts again at one.
     *
     * @return the consecutive failures counted, this one included
     */
    int countFailure(String key, Instant now, Duration memory);

    /** Refuses logins for the key until {@code until}. */
    void blockUntil(String key, Instant until);

    /** A successful login: the key's failures are forgotten. */
    void forget(String key);
}
