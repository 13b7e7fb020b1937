package io.spendvault.adapters.persistence.notification

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.identity.IdentityTables
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.notification.MailContent
import io.spendvault.domain.notification.Notification
import io.spendvault.domain.notification.NotificationKind
import io.spendvault.domain.notification.port.NotificationOutbox
import io.spendvault.domain.notification.port.NotificationOutboxContract
import jakarta.inject.Inject

import java.time.Instant
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.function.Supplier

/** The outbox contract on PostgreSQL, and what only a database does: claims that skip each other's rows. */
@MicronautTest(transactional = false)
class PostgresNotificationOutboxSpec extends NotificationOutboxContract implements TestPropertyProvider {

    @Inject
    PostgresNotificationOutbox repository

    @Inject
    PostgresUserRepository users

    @Inject
    Transactions transactions

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    def setup() {
        IdentityTables.clear()
    }

    @Override
    NotificationOutbox createOutbox() { repository }

    @Override
    UserId existingUser() { TestUsers.insertOne(users) }

    @Override
    <T> T inTransaction(Closure<T> work) { transactions.inTransaction(work as Supplier<T>) }

    def "a mail claimed in one transaction is skipped, not waited for, by a second claim until the first ends"() {
        given:
        def ada = existingUser()
        def first = Notification.queued(ada, 'a@example.com', NotificationKind.TEST, new MailContent('1', 't', 'h'), now.minusSeconds(2))
        def second = Notification.queued(ada, 'a@example.com', NotificationKind.TEST, new MailContent('2', 't', 'h'), now.minusSeconds(1))
        outbox.enqueue(first)
        outbox.enqueue(second)
        def claimed = new CountDownLatch(1)
        def release = new CountDownLatch(1)
        def pool = Executors.newSingleThreadExecutor()

        when: 'one relay holds the oldest mail while another claims'
        def holder = pool.submit({
            inTransaction {
                def mine = outbox.claimNextDue(now)
                claimed.countDown()
                release.await(10, TimeUnit.SECONDS)
                mine
            }
        } as java.util.concurrent.Callable)
        claimed.await(10, TimeUnit.SECONDS)
        def other = inTransaction { outbox.claimNextDue(now) }
        def nothingElse = inTransaction { outbox.claimNextDue(now.minusSeconds(2)) }
        release.countDown()

        then:
        holder.get(10, TimeUnit.SECONDS).get().id() == first.id()
        other.get().id() == second.id()
        nothingElse.isEmpty()

        cleanup:
        pool.shutdownNow()
    }

    def "a deleted user's mails go with the account"() {
        given:
        def ada = existingUser()
        def mail = Notification.queued(ada, 'a@example.com', NotificationKind.TEST, new MailContent('s', 't', 'h'), Instant.now())
        outbox.enqueue(mail)

        when:
        users.delete(ada)

        then:
        outbox.find(mail.id()).isEmpty()
    }
}
