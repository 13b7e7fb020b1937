package io.spendvault.domain.identity.testsupport

import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.Session
import io.spendvault.domain.identity.SessionId
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.port.SessionRepository
import io.spendvault.domain.identity.port.UserRepository

import java.time.Instant
import java.util.concurrent.ConcurrentHashMap

/** Sessions in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemorySessionRepository implements SessionRepository {

    final Map<SessionId, Session> sessions = new ConcurrentHashMap<>()
    /** The accounts sessions belong to, for {@link #isCurrent}. */
    final UserRepository users

    InMemorySessionRepository(UserRepository users) {
        this.users = users
    }

    @Override
    void insert(Session session) {
        sessions.put(session.id(), session)
    }

    @Override
    Optional<Session> findById(SessionId id) {
        Optional.ofNullable(sessions.get(id))
    }

    @Override
    synchronized boolean rotate(SessionId id, String expectedHash, String newHash, Instant newExpiry, Instant now) {
        def session = sessions.get(id)
        if (session == null || !session.isActive(now) || session.refreshTokenHash() != expectedHash) {
            return false
        }
        sessions.put(id, new Session(id, session.userId(), newHash, session.createdAt(), newExpiry, null))
        true
    }

    @Override
    synchronized void revoke(SessionId id, Instant now) {
        def session = sessions.get(id)
        if (session != null && session.revokedAt() == null) {
            sessions.put(id, new Session(id, session.userId(), session.refreshTokenHash(), session.createdAt(), session.expiresAt(), now))
        }
    }

    @Override
    synchronized int revokeAllOf(UserId userId, SessionId keep, Instant now) {
        def victims = sessions.values().findAll { it.userId() == userId && it.id() != keep && it.isActive(now) }
        victims.each { revoke(it.id(), now) }
        victims.size()
    }

    @Override
    boolean isActive(SessionId id, Instant now) {
        sessions.get(id)?.isActive(now) ?: false
    }

    @Override
    boolean isCurrent(SessionId id, UserId user, Role role, Instant now) {
        def session = sessions.get(id)
        session != null && session.isActive(now) && session.userId() == user &&
                users.findById(user).map { it.active() && it.role() == role }.orElse(false)
    }
}
