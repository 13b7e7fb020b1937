package io.spendvault.adapters.persistence.identity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.micronaut.transaction.TransactionOperations
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.Session
import io.spendvault.domain.identity.UserId
import jakarta.inject.Inject
import spock.lang.Specification

import java.sql.Connection
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.function.Supplier

/**
 * The per-request session check remembers "current" for a second: a change made through this node is seen
 * at once, one made elsewhere (another node, by hand) within that second.
 */
@MicronautTest(transactional = false)
class RecentSessionChecksSpec extends Specification implements TestPropertyProvider {

    @Inject PostgresSessionRepository sessions
    @Inject PostgresUserRepository users
    @Inject Transactions transactions
    @Inject TransactionOperations<Connection> transactionOperations

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    UserId ada
    Session session

    def setup() {
        ada = TestUsers.insertOne(users)
        def now = Instant.now().truncatedTo(ChronoUnit.MICROS) // as PostgreSQL keeps it
        session = Session.start(ada, 'hash', now, now + Duration.ofDays(7))
        sessions.insert(session)
    }

    private boolean current(Role role = Role.USER) {
        sessions.isCurrent(session.id(), ada, role, Instant.now())
    }

    def "a session revoked behind this node's back (another node, by hand) stays current here for at most a second"() {
        expect:
        current()

        when:
        long revokedAt = System.nanoTime()
        PostgresTestServer.get().execute("UPDATE sessions SET revoked_at = now() WHERE id = '${session.id().value()}'")

        then: 'remembered'
        current()

        when:
        while (current() && System.nanoTime() - revokedAt < 5_000_000_000L) {
            sleep(20)
        }

        then: 'refused within the second (and some scheduling)'
        Duration.ofNanos(System.nanoTime() - revokedAt) <= Duration.ofMillis(1_500)
    }

    def "through this node, #change ends the session's currency at once"() {
        expect:
        current()

        when:
        change(sessions, users, ada, session)

        then:
        !current()

        where:
        change << [{ s, u, user, own -> s.revoke(own.id(), Instant.now()) },
                   { s, u, user, own -> s.revokeAllOf(user, null, Instant.now()) },
                   { s, u, user, own -> u.update(u.findById(user).get().administered(Role.USER, false, null, Instant.now())) },
                   { s, u, user, own -> u.delete(user) }]
        name << ['a logout', 'signing out everywhere', 'a deactivation', 'deleting the account']
    }

    def "a demotion through this node refuses the old role at once"() {
        given:
        users.update(users.findById(ada).get().administered(Role.ADMIN, true, null, Instant.now()))

        expect:
        current(Role.ADMIN)

        when:
        users.update(users.findById(ada).get().administered(Role.USER, true, null, Instant.now()))

        then:
        !current(Role.ADMIN)
        current(Role.USER)
    }

    def "an answer read while a logout's transaction is open is not kept past its commit"() {
        given:
        def otherRequest = Executors.newSingleThreadExecutor()

        when: 'another request checks the session after the revocation is written but before it is committed'
        boolean seenMeanwhile = transactions.inTransaction({
            sessions.revoke(session.id(), Instant.now())
            otherRequest.submit({ current() } as Callable<Boolean>).get()
        } as Supplier<Boolean>)

        then: 'it saw the committed state, current, and that answer is forgotten with the commit'
        seenMeanwhile
        !current()

        cleanup:
        otherRequest.shutdownNow()
    }

    def "the session's own expiry counts even when remembered"() {
        expect:
        current()
        !sessions.isCurrent(session.id(), ada, Role.USER, session.expiresAt())
    }

    def "#lifetime: #lookups database look-ups for three checks"() {
        given:
        def checks = new RecentSessionChecks(Duration.parse(lifetime), transactionOperations)
        def key = new RecentSessionChecks.Key(UUID.randomUUID(), UUID.randomUUID(), 'USER')
        def now = Instant.now()
        int asked = 0
        def database = { asked++; now + Duration.ofMinutes(15) }

        when:
        def answers = (1..3).collect { checks.isCurrent(key, now, database) }

        then:
        answers == [true, true, true]
        asked == lookups

        where:
        lifetime | lookups
        'PT1S'   | 1
        'PT0S'   | 3
    }

    def "an answer that a change overtook while it was being read is not remembered"() {
        given:
        def checks = new RecentSessionChecks(Duration.ofSeconds(1), transactionOperations)
        def key = new RecentSessionChecks.Key(UUID.randomUUID(), UUID.randomUUID(), 'USER')
        def now = Instant.now()
        int asked = 0

        when: 'a logout commits on another thread while the first look-up is on its way'
        checks.isCurrent(key, now, { asked++; checks.changed(); now + Duration.ofMinutes(15) })
        checks.isCurrent(key, now, { asked++; now + Duration.ofMinutes(15) })

        then:
        asked == 2
    }

    def "known without asking only once checked, and no longer once changed through this node or past its expiry"() {
        expect: 'nobody has asked yet'
        !sessions.isKnownCurrent(session.id(), ada, Role.USER, Instant.now())

        when:
        current()

        then:
        sessions.isKnownCurrent(session.id(), ada, Role.USER, Instant.now())
        !sessions.isKnownCurrent(session.id(), ada, Role.ADMIN, Instant.now())
        !sessions.isKnownCurrent(session.id(), ada, Role.USER, session.expiresAt())

        when:
        sessions.revoke(session.id(), Instant.now())

        then:
        !sessions.isKnownCurrent(session.id(), ada, Role.USER, Instant.now())
        !current()
    }

    def "#lifetime: known for #known after a check"() {
        given:
        def checks = new RecentSessionChecks(Duration.parse(lifetime), transactionOperations)
        def key = new RecentSessionChecks.Key(UUID.randomUUID(), UUID.randomUUID(), 'USER')
        def expiry = Instant.now() + Duration.ofMinutes(15)

        when:
        checks.isCurrent(key, Instant.now(), { expiry })
        boolean knownAtOnce = checks.remembers(key, Instant.now())
        sleep(1_100)

        then:
        knownAtOnce == (known != 'never')
        !checks.remembers(key, Instant.now())

        where:
        lifetime | known
        'PT1S'   | 'a second'
        'PT0S'   | 'never'
    }

    def "a refused check is never remembered"() {
        given:
        def checks = new RecentSessionChecks(Duration.ofSeconds(1), transactionOperations)
        def key = new RecentSessionChecks.Key(UUID.randomUUID(), UUID.randomUUID(), 'USER')
        int asked = 0

        when:
        def answers = (1..3).collect { checks.isCurrent(key, Instant.now(), { asked++; null }) }

        then:
        answers == [false, false, false]
        asked == 3
    }
}
