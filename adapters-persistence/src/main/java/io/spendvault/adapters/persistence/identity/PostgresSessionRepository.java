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

/**
 * {@link SessionRepository} on PostgreSQL, shared by every server instance. The per-request check goes
 * through {@link RecentSessionChecks}: a logout is seen at once on this node, within its moment on the others.
 */
@Singleton
@DatabaseAccess
public class PostgresSessionRepository implements SessionRepository {

    private static final UUID NONE = new UUID(0, 0);

    private final SessionRows rows;
    private final RecentSessionChecks recent;

    PostgresSessionRepository(SessionRows rows, RecentSessionChecks recent) {
        this.rows = rows;
        this.recent = recent;
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
        recent.changed();
    }

    @Override
    public int revokeAllOf(UserId userId, SessionId keep, Instant now) {
        int revoked = (int) rows.revokeAllOf(userId.value(), keep == null ? NONE : keep.value(), now);
        recent.changed();
        return revoked;
    }

    @Override
    public boolean isActive(SessionId id, Instant now) {
        return rows.isActive(id.value(), now);
    }

    @Override
    public boolean isCurrent(SessionId id, UserId user, Role role, Instant now) {
        // no connection is taken for a remembered answer: only the look-up borrows one
        return recent.isCurrent(key(id, user, role), now,
                () -> rows.expiryIfCurrent(id.value(), user.value(), role.name(), now).orElse(null));
    }

    @Override
    public boolean isKnownCurrent(SessionId id, UserId user, Role role, Instant now) {
        return recent.remembers(key(id, user, role), now);
    }

    private static RecentSessionChecks.Key key(SessionId id, UserId user, Role role) {
        return new RecentSessionChecks.Key(id.value(), user.value(), role.name());
    }
}
