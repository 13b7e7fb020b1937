package io.spendvault.adapters.rest.security;

import io.micronaut.security.authentication.Authentication;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;

import java.util.UUID;

/** Who is calling, read from a validated access token. */
public record CurrentSession(UserId user, SessionId session) {

    public static CurrentSession of(Authentication authentication) {
        return new CurrentSession(new UserId(UUID.fromString(authentication.getName())),
                new SessionId(UUID.fromString(String.valueOf(authentication.getAttributes().get(JwtAccessTokenIssuer.SESSION_CLAIM)))));
    }
}
