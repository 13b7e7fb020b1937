package io.spendvault.adapters.rest.ratelimit;

import io.spendvault.domain.ratelimit.RateLimitDecision;
import io.spendvault.domain.ratelimit.port.RateLimiter;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The second limit of login and forgot-password: per attempted username or e-mail address, whatever
 * address the attempts come from, so that many addresses guessing one account's password are limited
 * too. It counts every attempted name alike, existing or not, so a refusal says nothing about whether
 * an account exists. Keys hold a hash of the name, not the name.
 */
@Singleton
public class CredentialAttempts {

    /** Looked up on first use: with limits off, no limiter needs to exist. */
    private final Provider<RateLimiter> limiter;
    private final RateLimitSettings settings;

    CredentialAttempts(Provider<RateLimiter> limiter, RateLimitSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /** @throws RateLimitedException when this name had its share of attempts */
    public void count(String endpoint, String attemptedName) {
        if (!settings.enabled() || attemptedName == null) {
            return;
        }
        String name = attemptedName.strip().toLowerCase(Locale.ROOT);
        RateLimitDecision decision = limiter.get().acquire(endpoint + ":name:" + sha256(name), settings.limit(RateLimitScope.AUTH));
        if (!decision.allowed()) {
            throw new RateLimitedException(decision, endpoint.equals("login")
                    ? RateLimitHeaders.LOGIN_REFUSED : RateLimitHeaders.REFUSED);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
