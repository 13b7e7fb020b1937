package io.spendvault.adapters.rest.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.spendvault.application.identity.port.in.CheckSessionUseCase;
import io.spendvault.domain.identity.SessionId;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Accepts an access token only while its session is alive, so logout, password changes and detected
 * refresh-token theft take effect immediately, before the token expires.
 */
@Singleton
public class ActiveSessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final CheckSessionUseCase sessions;

    public ActiveSessionClaimsValidator(CheckSessionUseCase sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object sid = claims.get(JwtAccessTokenIssuer.SESSION_CLAIM);
        if (!(sid instanceof String text)) {
            return false;
        }
        try {
            return sessions.isActive(new SessionId(UUID.fromString(text)));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
