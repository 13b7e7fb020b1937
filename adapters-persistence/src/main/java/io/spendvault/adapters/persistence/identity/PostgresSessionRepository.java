package io.spendvault.adapters.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.Session;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.port.SessionRepository;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
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

    /** The session's expiry when it is current: live, of this user, whose account is active with this role. */
    private static final String EXPIRY_IF_CURRENT = "SELECT s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id "
            + "WHERE s.id = ? AND s.user_id = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND u.is_active AND u.role = ?";

    private final SessionRows rows;
    private final JdbcOperations jdbc;
    private final RecentSessionChecks recent;

    PostgresSessionRepository(SessionRows rows, JdbcOperations jdbc, RecentSessionChecks recent) {
        this.rows = rows;
        this.jdbc = jdbc;
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
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public boolean isCurrent(SessionId id, UserId user, Role role, Instant now) {
        return recent.isCurrent(new RecentSessionChecks.Key(id.value(), user.value(), role.name()), now,
                () -> jdbc.prepareStatement(EXPIRY_IF_CURRENT, statement -> {
                    statement.setObject(1, id.value());
                    statement.setObject(2, user.value());
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setString(4, role.name());
                    ResultSet row = statement.executeQuery();
                    return row.next() ? row.getTimestamp(1).toInstant() : null;
                }));
    }
}
