package io.spendvault.application.notification

import io.spendvault.application.common.port.out.Transactions
import io.spendvault.application.notification.port.out.MailDeliveryException
import io.spendvault.application.notification.port.out.MailMessage
import io.spendvault.application.notification.port.out.MailSender
import io.spendvault.application.storage.MutableClock
import io.spendvault.application.testsupport.TestSigner
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.Username
import io.spendvault.domain.identity.testsupport.InMemoryUserRepository
import io.spendvault.domain.notification.DueReminder
import io.spendvault.domain.notification.port.ReminderRepository
import io.spendvault.domain.notification.testsupport.InMemoryNotificationOutbox
import io.spendvault.domain.ratelimit.RateLimit
import io.spendvault.domain.ratelimit.RateLimitDecision
import io.spendvault.domain.ratelimit.port.RateLimiter
import io.spendvault.domain.settings.testsupport.InMemorySettingsRepository

import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.util.function.Consumer
import java.util.function.Supplier

/** The mail services wired to in-memory fakes. */
class NotificationFixture {

    final clock = new MutableClock(now: Instant.parse('2026-06-15T06:00:00Z'))
    final outbox = new InMemoryNotificationOutbox()
    final users = new InMemoryUserRepository()
    final settings = new InMemorySettingsRepository()
    final reminders = new ScriptedReminders()
    final sender = new RecordingSender()
    final Transactions transactions = new Transactions() {
        @Override
        synchronized <T> T inTransaction(Supplier<T> work) { work.get() }
    }
    final mailSettings = new MailSettings(true, 'https://vault.example.com/', 3, Duration.ofSeconds(30), Duration.ofMinutes(5),
            Duration.ofDays(1), Duration.ofDays(90), 2)
    final templates = new MailTemplates(mailSettings.publicUrl())
    final unsubscribeTokens = new UnsubscribeTokens(new TestSigner('notification-spec-secret-0123456789'), Duration.ofDays(90), clock)
    final limiter = new CountingLimiter()
    final relay = new OutboxRelay(outbox, sender, transactions, mailSettings, clock)
    final job = new ReminderJob(reminders, outbox, users, settings, transactions, templates, unsubscribeTokens, true, clock)
    final service = new NotificationService(outbox, users, settings, limiter, transactions, templates, unsubscribeTokens,
            mailSettings, clock)

    User user(String name, boolean active = true) {
        def user = User.register(new Username(name), new EmailAddress("${name}@example.com"), 'hash', Role.USER, clock.instant())
        users.insert(active ? user : user.administered(Role.USER, false, null, clock.instant()))
        users.findById(user.id()).get()
    }

    LocalDate today() {
        LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
    }

    /**
     * Reminders the spec lists as candidates; {@code forEachDue} applies the port's window rule to them
     * (the reminder day in [from, today], the date not past). Which users want reminders, and their days,
     * are the SQL's part, specified by the PostgreSQL adapter's spec.
     */
    static class ScriptedReminders implements ReminderRepository {
        final List<DueReminder> candidates = []
        final Set<List> sent = [] as Set
        final Set<LocalDate> completedRuns = [] as Set

        @Override
        synchronized void forEachDue(LocalDate fromDay, LocalDate today, boolean enabledByDefault, Consumer<DueReminder> consumer) {
            candidates.findAll {
                def day = it.dueDate().minusDays(it.daysBefore())
                !day.isBefore(fromDay) && !day.isAfter(today) && !it.dueDate().isBefore(today)
            }.sort { a, b -> a.user().value() <=> b.user().value() }.each { consumer.accept(it) }
        }

        @Override
        synchronized boolean recordSent(DueReminder reminder, Instant at) {
            sent.add([reminder.user(), reminder.kind(), reminder.itemId(), reminder.dueDate(), reminder.daysBefore()])
        }

        @Override
        synchronized Optional<LocalDate> lastCompletedRunBefore(LocalDate today) {
            Optional.ofNullable(completedRuns.findAll { it.isBefore(today) }.max())
        }

        @Override
        synchronized boolean runCompleted(LocalDate day) { completedRuns.contains(day) }

        @Override
        synchronized void markRunCompleted(LocalDate day, Instant at) { completedRuns.add(day) }
    }

    /** Records what it sends; fails while {@code failure} is set. */
    static class RecordingSender implements MailSender {
        final List<MailMessage> sent = []
        MailDeliveryException failure

        @Override
        synchronized void send(MailMessage message) throws MailDeliveryException {
            if (failure != null) {
                throw failure
            }
            sent << message
        }
    }

    /** Allows {@code limit} requests per key, like the real limiter within one window. */
    static class CountingLimiter implements RateLimiter {
        final Map<String, Integer> taken = [:]

        @Override
        synchronized RateLimitDecision acquire(String key, RateLimit limit) {
            int used = taken.getOrDefault(key, 0)
            if (used >= limit.requests()) {
                return new RateLimitDecision(false, limit.requests(), 0, Duration.ofMinutes(60), Duration.ofMinutes(20))
            }
            taken[key] = used + 1
            new RateLimitDecision(true, limit.requests(), limit.requests() - used - 1, Duration.ofMinutes(60), Duration.ZERO)
        }
    }
}
