package io.spendvault.domain.notification.testsupport

import io.spendvault.domain.common.Page
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.notification.Notification
import io.spendvault.domain.notification.NotificationStatus
import io.spendvault.domain.notification.port.NotificationOutbox

import java.time.Instant

/** The outbox in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemoryNotificationOutbox implements NotificationOutbox {

    final Map<UUID, Notification> mails = [:]

    @Override
    synchronized void enqueue(Notification notification) { mails[notification.id()] = notification }

    @Override
    synchronized Optional<Notification> claimNextDue(Instant now) {
        Optional.ofNullable(mails.values()
                .findAll { it.status() == NotificationStatus.PENDING && !it.nextAttemptAt().isAfter(now) }
                .min { a, b -> a.nextAttemptAt() <=> b.nextAttemptAt() ?: a.id() <=> b.id() })
    }

    @Override
    synchronized void markSent(UUID id, int attempts, Instant sentAt) {
        change(id) { it + [status: NotificationStatus.SENT, attempts: attempts, sentAt: sentAt, lastError: null] }
    }

    @Override
    synchronized void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
        change(id) { it + [attempts: attempts, nextAttemptAt: nextAttemptAt, lastError: error] }
    }

    @Override
    synchronized void markFailed(UUID id, int attempts, String error) {
        change(id) { it + [status: NotificationStatus.FAILED, attempts: attempts, lastError: error] }
    }

    @Override
    synchronized Page<Notification> listFor(UserId user, PageRequest page) {
        def all = mails.values().findAll { it.user() == user }
                .sort { a, b -> b.createdAt() <=> a.createdAt() ?: b.id() <=> a.id() }
        def items = all.drop((int) page.offset()).take(page.size())
        new Page<>(items, all.size(), page)
    }

    @Override
    synchronized Optional<Notification> find(UUID id) { Optional.ofNullable(mails[id]) }

    private void change(UUID id, Closure<Map> edit) {
        def mail = mails[id]
        if (mail == null) {
            return
        }
        def fields = edit([id: mail.id(), user: mail.user(), recipient: mail.recipient(), kind: mail.kind(), subject: mail.subject(),
                           textBody: mail.textBody(), htmlBody: mail.htmlBody(), status: mail.status(), attempts: mail.attempts(),
                           nextAttemptAt: mail.nextAttemptAt(), lastError: mail.lastError(), createdAt: mail.createdAt(),
                           sentAt: mail.sentAt()])
        mails[id] = new Notification(fields.id, fields.user, fields.recipient, fields.kind, fields.subject, fields.textBody,
                fields.htmlBody, fields.status, fields.attempts, fields.nextAttemptAt, fields.lastError, fields.createdAt, fields.sentAt)
    }
}
