package io.spendvault.adapters.rest.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A token must expire ({@code exp}), and may not claim to be issued or valid from a time that has not come
 * ({@code iat}, {@code nbf}, beyond a minute of clock skew). Whether it still speaks for a live session is
 * {@link SessionTokenValidator}'s question.
 */
@Singleton
public class TimelyClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Instant latest = Instant.now().plus(CLOCK_SKEW);
        return time(claims.get("exp")).isPresent()
                && time(claims.get("iat")).map(issued -> !issued.isAfter(latest)).orElse(true)
                && time(claims.get("nbf")).map(notBefore -> !notBefore.isAfter(latest)).orElse(true);
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
