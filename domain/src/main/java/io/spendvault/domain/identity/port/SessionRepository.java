package io.spendvault.domain.identity.port;

import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.Session;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions, shared by every server instance: a logout or revocation is seen at once by the instance
 * that made it and, since an instance may remember a current session briefly, within that moment by the others.
 */
public interface SessionRepository {

    void insert(Session session);

    Optional<Session> findById(SessionId id);

    /**
     * Replaces the refresh token hash if it still is {@code expectedHash} and the session is active:
     * an atomic compare-and-set, so two concurrent refreshes with the same token cannot both win.
     *
     * @return whether this call rotated the token
     */
    boolean rotate(SessionId id, String expectedHash, String newHash, Instant newExpiry, Instant now);

    void revoke(SessionId id, Instant now);

    /** Revokes every active session of the user except {@code keep} (may be null); returns how many. */
    int revokeAllOf(UserId userId, SessionId keep, Instant now);

    /** Whether the session exists, is not revoked and has not expired. */
    boolean isActive(SessionId id, Instant now);

    /**
     * Whether the session is active, belongs to {@code user}, and that account is active with {@code role}:
     * what every authenticated request asks, answered in one look-up.
     */
    boolean isCurrent(SessionId id, UserId user, Role role, Instant now);

    /**
     * Whether this instance already knows, without asking anyone, that {@link #isCurrent} would say yes: an
     * answer that never waits, for callers that must not block. {@code false} means "not known": ask
     * {@link #isCurrent}. A repository that remembers nothing never knows.
     */
    default boolean isKnownCurrent(SessionId id, UserId user, Role role, Instant now) {
        return false;
    }
}
