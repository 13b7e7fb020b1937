package io.spendvault.adapters.rest.security;

import io.micronaut.security.authentication.Authentication;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;

import java.security.Principal;
import java.util.UUID;

/**
 * Who is calling, read from a validated access token. A route takes it as a parameter (bound once by
 * {@link CurrentSessionBinder}); as a {@link Principal} it is not part of the API's description.
 */
public record CurrentSession(UserId user, SessionId session) implements Principal {

    public static CurrentSession of(Authentication authentication) {
        return new CurrentSession(new UserId(UUID.fromString(authentication.getName())),
                new SessionId(UUID.fromString(String.valueOf(authentication.getAttributes().get(JwtAccessTokenIssuer.SESSION_CLAIM)))));
    }

    @Override
    public String getName() {
        return user.value().toString();
    }
}
