package io.spendvault.domain.identity.port

import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.Session
import io.spendvault.domain.identity.SessionId
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.Username
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

/** What every {@link SessionRepository} does. */
abstract class SessionRepositoryContract extends Specification {

    SessionRepository sessions
    Instant now = Instant.parse('2026-03-01T10:00:00Z')

    abstract SessionRepository createRepository()

    /** Where the accounts sessions belong to are kept (the same database for PostgreSQL). */
    abstract UserRepository accounts()

    /** An active user account that sessions may belong to. */
    UserId existingUser() {
        def name = 'u' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
        def user = User.register(new Username(name), new EmailAddress("$name@example.com"), 'hash', Role.USER, now)
        accounts().insert(user)
        user.id()
    }

    private void administer(UserId id, Role role, boolean active) {
        def user = accounts().findById(id).get()
        accounts().update(user.administered(role, active, null, now))
    }

    def setup() {
        sessions = createRepository()
    }

    private Session start(UserId user, String hash = 'hash-1') {
        def session = Session.start(user, hash, now, now + Duration.ofDays(7))
        sessions.insert(session)
        session
    }

    def "a new session is found and active until it expires"() {
        given:
        def session = start(existingUser())

        expect:
        sessions.findById(session.id()).get() == session
        sessions.isActive(session.id(), now)
        !sessions.isActive(session.id(), now + Duration.ofDays(7))
        !sessions.isActive(SessionId.random(), now)
    }

    def "a session is current only for its own active account with the role it has now"() {
        given:
        def ada = existingUser()
        def grace = existingUser()
        def session = start(ada)

        expect:
        sessions.isCurrent(session.id(), ada, Role.USER, now)
        !sessions.isCurrent(session.id(), ada, Role.ADMIN, now)
        !sessions.isCurrent(session.id(), grace, Role.USER, now)
        !sessions.isCurrent(SessionId.random(), ada, Role.USER, now)
        !sessions.isCurrent(session.id(), ada, Role.USER, now + Duration.ofDays(7))

        when: 'promoted'
        administer(ada, Role.ADMIN, true)

        then:
        sessions.isCurrent(session.id(), ada, Role.ADMIN, now)
        !sessions.isCurrent(session.id(), ada, Role.USER, now)

        when: 'deactivated'
        administer(ada, Role.ADMIN, false)

        then:
        !sessions.isCurrent(session.id(), ada, Role.ADMIN, now)

        when: 'active again, but the session revoked'
        administer(ada, Role.ADMIN, true)
        sessions.revoke(session.id(), now)

        then:
        !sessions.isCurrent(session.id(), ada, Role.ADMIN, now)
    }

    def "rotation replaces the token hash only when the expected one is current"() {
        given:
        def session = start(existingUser(), 'first')
        def later = now + Duration.ofDays(8)

        expect:
        sessions.rotate(session.id(), 'first', 'second', later, now)
        !sessions.rotate(session.id(), 'first', 'third', later, now)
        sessions.findById(session.id()).get().refreshTokenHash() == 'second'
        sessions.findById(session.id()).get().expiresAt() == later
    }

    def "a revoked session is inactive and cannot rotate"() {
        given:
        def session = start(existingUser(), 'first')

        when:
        sessions.revoke(session.id(), now)

        then:
        !sessions.isActive(session.id(), now)
        sessions.findById(session.id()).get().revokedAt() == now
        !sessions.rotate(session.id(), 'first', 'second', now + Duration.ofDays(1), now)
    }

    def "revoking all of a user's sessions can keep the current one"() {
        given:
        def user = existingUser()
        def current = start(user)
        def other1 = start(user)
        def other2 = start(user)

        when:
        def revoked = sessions.revokeAllOf(user, current.id(), now)

        then:
        revoked == 2
        sessions.isActive(current.id(), now)
        !sessions.isActive(other1.id(), now)
        !sessions.isActive(other2.id(), now)

        when:
        sessions.revokeAllOf(user, null, now)

        then:
        !sessions.isActive(current.id(), now)
    }
}
