package io.spendvault.adapters.persistence.identity;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.Session;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.port.SessionRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@link SessionRepository} on PostgreSQL, so every server instance sees every logout at once. */
@Singleton
@DatabaseAccess
public class PostgresSessionRepository implements SessionRepository {

    private static final UUID NONE = new UUID(0, 0);

    private final SessionRows rows;

    PostgresSessionRepository(SessionRows rows) {
        this.rows = rows;
    }

    @Override
    public void insert(Session session) {
        rows.save(new SessionRow(session.id().value(), session.userId().value(), session.refreshTokenHash(),
                session.createdAt(), session.expiresAt(), session.revokedAt()));
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return rows.findById(id.value()).map(row -> new Session(new SessionId(row.id()), new UserId(row.userId()),
                row.refreshTokenHash(), row.createdAt(), row.expiresAt(), row.revokedAt()));
    }

    @Override
    public boolean rotate(SessionId id, String expectedHash, String newHash, Instant newExpiry, Instant now) {
        return rows.rotate(id.value(), expectedHash, newHash, newExpiry, now) == 1;
    }

    @Override
    public void revoke(SessionId id, Instant now) {
        rows.revoke(id.value(), now);
    }

    @Override
    public int revokeAllOf(UserId userId, SessionId keep, Instant now) {
        return (int) rows.revokeAllOf(userId.value(), keep == null ? NONE : keep.value(), now);
    }

    @Override
    public boolean isActive(SessionId id, Instant now) {
        return rows.isActive(id.value(), now);
    }

    @Override
    public boolean isCurrent(SessionId id, UserId user, Role role, Instant now) {
        return rows.isCurrent(id.value(), user.value(), role.name(), now);
    }
}
