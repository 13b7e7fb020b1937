package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.User;

import java.time.Instant;
import java.util.UUID;

/** An account as clients may see it: everything but the password hash. */
public record UserView(UUID id, String username, String email, String role, boolean active, Instant createdAt,
                       Instant updatedAt, Instant lastLogin) {

    public static UserView of(User user) {
        return new UserView(user.id().value(), user.username().value(), user.email().value(), user.role().externalName(),
                user.active(), user.createdAt(), user.updatedAt(), user.lastLogin());
    }
}
