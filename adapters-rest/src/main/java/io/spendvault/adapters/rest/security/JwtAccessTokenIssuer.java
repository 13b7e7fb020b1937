package io.spendvault.adapters.rest.security;

import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.spendvault.application.identity.port.out.AccessTokenIssuer;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.User;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens with the configured key and algorithm (HS256 by default). Claims: {@code sub} user
 * id, {@code role}, {@code sid} session id, {@code iss}, {@code iat}, {@code exp}, {@code jti}.
 */
@Singleton
public class JwtAccessTokenIssuer implements AccessTokenIssuer {

    public static final String SESSION_CLAIM = "sid";
    public static final String ROLE_CLAIM = "role";

    private final JwtTokenGenerator generator;
    private final TokenSettings settings;

    public JwtAccessTokenIssuer(JwtTokenGenerator generator, TokenSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    @Override
    public AccessToken issue(User user, SessionId session, Instant now) {
        Map<String, Object> claims = Map.of(
                "sub", user.id().toString(),
                ROLE_CLAIM, user.role().externalName(),
                SESSION_CLAIM, session.toString(),
                "iss", settings.issuer(),
                "iat", now.getEpochSecond(),
                "exp", now.plus(settings.accessTokenTtl()).getEpochSecond(),
                "jti", UUID.randomUUID().toString());
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("no JWT signature is configured"));
        return new AccessToken(token, settings.accessTokenTtl());
    }
}
