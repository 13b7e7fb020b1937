package io.spendvault.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A single-use permission to set a new password, stored as a hash of the token sent to the user. */
public record PasswordResetToken(UUID id, UserId userId, String tokenHash, Instant createdAt, Instant expiresAt,
                                 Instant usedAt) {

    public PasswordResetToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static PasswordResetToken issue(UserId userId, String tokenHash, Instant now, Instant expiresAt) {
        return new PasswordResetToken(UUID.randomUUID(), userId, tokenHash, now, expiresAt, null);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
