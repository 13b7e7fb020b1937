package io.spendvault.application.identity;

import io.spendvault.domain.common.TooManyAttemptsException;
import io.spendvault.domain.identity.LoginDelay;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.port.LoginFailures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The growing wait after failed logins ({@link LoginDelay}). An existing account is counted by its id,
 * whichever of its names (username, e-mail) is typed; a name without an account by a hash of the name, with
 * the same rules, so that the answers never tell whether an account exists. A login that must wait is
 * refused before its password is checked, and so is the right password.
 */
public class FailedLoginDelays {

    private final LoginFailures failures;
    private final boolean enabled;
    private final Clock clock;

    /** @param enabled {@code false} with rate limits off (the specs and benchmarks log in a lot) */
    public FailedLoginDelays(LoginFailures failures, boolean enabled, Clock clock) {
        this.failures = failures;
        this.enabled = enabled;
        this.clock = clock;
    }

    static String keyOf(Optional<User> account, String typedLogin) {
        return account.map(user -> "user:" + user.id().value())
                .orElseGet(() -> "name:" + sha256(typedLogin == null ? "" : typedLogin.strip().toLowerCase(Locale.ROOT)));
    }

    /** @throws TooManyAttemptsException while logins for the key wait */
    void checkAllowed(String key) {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        Optional<Instant> until = failures.blockedUntil(key, now);
        if (until.isPresent()) {
            throw refused(Duration.between(now, until.get()));
        }
    }

    void failed(String key) {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        Duration wait = LoginDelay.after(failures.countFailure(key, now, LoginDelay.MEMORY));
        if (!wait.isZero()) {
            failures.blockUntil(key, now.plus(wait));
        }
    }

    void succeeded(String key) {
        if (enabled) {
            failures.forget(key);
        }
    }

    private static TooManyAttemptsException refused(Duration wait) {
        return new TooManyAttemptsException("Too many login attempts. Please try again later.", wait);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
