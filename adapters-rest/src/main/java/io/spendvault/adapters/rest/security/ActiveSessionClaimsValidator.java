package io.spendvault.adapters.rest.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.spendvault.application.identity.port.in.CheckSessionUseCase;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts an access token only while it speaks for a live session of its own user with the role that user
 * has now: logout, password changes, detected refresh-token theft, deactivation and demotion take effect
 * at once, and a token with someone else's {@code sub}, a made-up {@code role} or another user's {@code sid}
 * is refused even when its signature is good. A token must expire ({@code exp}), and may not claim to be
 * issued or valid from a time that has not come ({@code iat}, {@code nbf}, beyond a minute of clock skew).
 */
@Singleton
public class ActiveSessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final CheckSessionUseCase sessions;

    public ActiveSessionClaimsValidator(CheckSessionUseCase sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Instant latest = Instant.now().plus(CLOCK_SKEW);
        boolean timely = time(claims.get("exp")).isPresent()
                && time(claims.get("iat")).map(issued -> !issued.isAfter(latest)).orElse(true)
                && time(claims.get("nbf")).map(notBefore -> !notBefore.isAfter(latest)).orElse(true);
        if (!timely) {
            return false;
        }
        try {
            return sessions.isCurrent(new SessionId(UUID.fromString(text(claims.get(JwtAccessTokenIssuer.SESSION_CLAIM)))),
                    new UserId(UUID.fromString(text(claims.get("sub")))),
                    Role.valueOf(text(claims.get(JwtAccessTokenIssuer.ROLE_CLAIM)).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String text(Object claim) {
        if (!(claim instanceof String value)) {
            throw new IllegalArgumentException("missing claim");
        }
        return value;
    }

    /** A numeric date claim, as the JWT library hands it over (a Date) or as seconds. */
    private static Optional<Instant> time(Object claim) {
        if (claim instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (claim instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }
}
