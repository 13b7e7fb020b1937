package io.spendvault.adapters.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Access tokens whose signature has checked out, by their text, until they expire. A client sends the same
 * token with every request for its whole lifetime; remembering it spares each request after the first the
 * token's base64 decoding, JSON parsing and HMAC (a tenth of a list request's CPU in the profile of #17).
 * Only the signature is remembered: the claims validators, the session check among them, still judge every
 * request, so logout, deactivation and expiry take effect as before. A token that failed its check is never
 * kept, so made-up tokens cannot crowd out real ones.
 */
@Singleton
final class VerifiedTokens {

    /** One entry per signed-in client; ~2 KiB each, so the bound keeps this under ~10 MiB of heap. */
    static final int MAXIMUM_TOKENS = 4_096;

    private final Cache<String, SignedJWT> tokens;

    VerifiedTokens() {
        this(MAXIMUM_TOKENS);
    }

    VerifiedTokens(int maximum) {
        this.tokens = Caffeine.newBuilder()
                .maximumSize(maximum)
                .expireAfter(Expiry.creating((String text, SignedJWT token) -> lifetime(token)))
                .build();
    }

    /** The token parsed and verified earlier from exactly this text, if it is still remembered. */
    Optional<JWT> find(String text) {
        return Optional.ofNullable(tokens.getIfPresent(text));
    }

    /** Whether this very token object is the one remembered as verified. */
    boolean isVerified(SignedJWT token) {
        String text = token.getParsedString();
        return text != null && tokens.getIfPresent(text) == token;
    }

    /** Remembers a token whose signature has just been verified. */
    void remember(SignedJWT token) {
        String text = token.getParsedString();
        if (text != null && !lifetime(token).isZero()) {
            tokens.put(text, token);
        }
    }

    long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    /** Until the token's {@code exp}; a token without one (refused by the claims validators) is not kept. */
    private static Duration lifetime(SignedJWT token) {
        try {
            Date expiry = token.getJWTClaimsSet().getExpirationTime();
            if (expiry == null) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(Instant.now(), expiry.toInstant());
            return left.isNegative() ? Duration.ZERO : left;
        } catch (ParseException unreadable) {
            return Duration.ZERO;
        }
    }
}
