package io.spendvault.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A login on one device. It holds the hash of its current refresh token only; each refresh replaces the
 * token, so presenting an older one means it was copied, and the whole session is revoked.
 */
public record Session(SessionId id, UserId userId, String refreshTokenHash, Instant createdAt, Instant expiresAt,
                      Instant revokedAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static Session start(UserId userId, String refreshTokenHash, Instant now, Instant expiresAt) {
        return new Session(SessionId.random(), userId, refreshTokenHash, now, expiresAt, null);
    }

    /** Usable: neither revoked nor past its refresh expiry. */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
