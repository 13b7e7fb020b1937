package io.spendvault.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.application.identity.port.in.LoginUseCase.SessionTokens;
import io.spendvault.application.identity.port.in.UserView;

import java.time.Instant;
import java.util.UUID;

/** Response bodies of the auth and user endpoints. */
final class AuthResponses {

    private AuthResponses() {
    }

    @Serdeable
    record User(UUID id, String username, String email, String role, boolean isActive, Instant createdAt, Instant updatedAt) {
        static User of(UserView view) {
            return new User(view.id(), view.username(), view.email(), view.role(), view.active(), view.createdAt(), view.updatedAt());
        }
    }

    @Serdeable
    record TokenUser(UUID id, String username, String email, String role) {
    }

    @Serdeable
    record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn, TokenUser user) {
        static Tokens of(SessionTokens tokens) {
            UserView user = tokens.user();
            return new Tokens(tokens.accessToken(), tokens.refreshToken(), "bearer", tokens.accessTokenTtl().toSeconds(),
                    new TokenUser(user.id(), user.username(), user.email(), user.role()));
        }
    }

    @Serdeable
    record Stats(long totalUploads, long totalStorageUsed) {
    }

    @Serdeable
    record Me(UUID id, String username, String email, String role, boolean isActive, Instant createdAt, Instant updatedAt,
              @Nullable Instant lastLogin, Stats stats) {
    }

    @Serdeable
    record Message(String detail) {
    }
}
