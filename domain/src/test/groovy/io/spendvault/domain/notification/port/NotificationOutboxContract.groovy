package io.spendvault.domain.notification.port

import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.notification.MailContent
import io.spendvault.domain.notification.Notification
import io.spendvault.domain.notification.NotificationKind
import io.spendvault.domain.notification.NotificationStatus
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/** What every {@link NotificationOutbox} does; the in-memory fake and the PostgreSQL adapter both pass it. */
abstract class NotificationOutboxContract extends Specification {

    NotificationOutbox outbox

    abstract NotificationOutbox createOutbox()

    /** A user mails may be written for (a row in the users table, where there is one). */
    abstract UserId existingUser()

    /** Runs {@code work} the way the relay does: in one transaction. */
    abstract <T> T inTransaction(Closure<T> work)

    def now = Instant.parse('2026-06-01T08:00:00Z')

    def setup() {
        outbox = createOutbox()
    }

    protected Notification mail(UserId user, Instant at, NotificationKind kind = NotificationKind.TEST) {
        Notification.queued(user, 'ada@example.com', kind, new MailContent("Subject at $at", 'text', '<p>html</p>'), at)
    }

    def "a queued mail is found as written, and is due at once"() {
        given:
        def ada = existingUser()
        def queued = mail(ada, now)

        when:
        outbox.enqueue(queued)

        then:
        outbox.find(queued.id()).get() == queued
        inTransaction { outbox.claimNextDue(now) }.get() == queued
    }

    def "the claim takes the oldest due mail, and none before it is due"() {
        given:
        def ada = existingUser()
        def older = mail(ada, now.minusSeconds(60))
        def newer = mail(ada, now)
        outbox.enqueue(newer)
        outbox.enqueue(older)

        expect:
        inTransaction { outbox.claimNextDue(now.minusSeconds(61)) }.isEmpty()
        inTransaction { outbox.claimNextDue(now) }.get().id() == older.id()
    }

    def "sent and failed mails are never claimed; a retried one is claimed again once due"() {
        given:
        def ada = existingUser()
        def sent = mail(ada, now)
        def failed = mail(ada, now)
        def retried = mail(ada, now)
        [sent, failed, retried].each { outbox.enqueue(it) }

        when:
        outbox.markSent(sent.id(), 1, now.plusSeconds(1))
        outbox.markFailed(failed.id(), 3, 'refused')
        outbox.markRetry(retried.id(), 2, now.plusSeconds(30), 'connection refused')

        then:
        inTransaction { outbox.claimNextDue(now.plusSeconds(29)) }.isEmpty()
        inTransaction { outbox.claimNextDue(now.plusSeconds(30)) }.get().id() == retried.id()
        with(outbox.find(sent.id()).get()) {
            status() == NotificationStatus.SENT
            attempts() == 1
            sentAt() == now.plusSeconds(1)
            lastError() == null
        }
        with(outbox.find(failed.id()).get()) {
            status() == NotificationStatus.FAILED
            attempts() == 3
            lastError() == 'refused'
        }
        with(outbox.find(retried.id()).get()) {
            status() == NotificationStatus.PENDING
            attempts() == 2
            lastError() == 'connection refused'
            nextAttemptAt() == now.plusSeconds(30)
        }
    }

    def "a user's list is theirs only, newest first, paged"() {
        given:
        def ada = existingUser()
        def grace = existingUser()
        def adas = (0..<5).collect { mail(ada, now.plus(Duration.ofMinutes(it))) }
        adas.each { outbox.enqueue(it) }
        outbox.enqueue(mail(grace, now))

        when:
        def first = outbox.listFor(ada, new PageRequest(1, 2))
        def last = outbox.listFor(ada, new PageRequest(3, 2))

        then:
        first.total() == 5
        first.items()*.id() == [adas[4].id(), adas[3].id()]
        last.items()*.id() == [adas[0].id()]
        outbox.listFor(grace, PageRequest.first()).items()*.user() == [grace]
        outbox.listFor(existingUser(), PageRequest.first()).total() == 0
    }

    def "timestamps keep microseconds"() {
        given:
        def at = now.plusNanos(123_456_000)
        def queued = mail(existingUser(), at)

        when:
        outbox.enqueue(queued)

        then:
        outbox.find(queued.id()).get().createdAt() == at.truncatedTo(ChronoUnit.MICROS)
    }
}
