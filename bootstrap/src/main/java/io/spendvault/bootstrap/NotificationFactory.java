package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.spendvault.application.common.port.out.Signer;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.identity.port.out.Notifier;
import io.spendvault.application.notification.MailNotifier;
import io.spendvault.application.notification.MailSettings;
import io.spendvault.application.notification.MailTemplates;
import io.spendvault.application.notification.NotificationService;
import io.spendvault.application.notification.OutboxRelay;
import io.spendvault.application.notification.ReminderJob;
import io.spendvault.application.notification.UnsubscribeTokens;
import io.spendvault.application.notification.port.out.MailSender;
import io.spendvault.domain.identity.port.UserRepository;
import io.spendvault.domain.notification.port.NotificationOutbox;
import io.spendvault.domain.notification.port.ReminderRepository;
import io.spendvault.domain.ratelimit.port.RateLimiter;
import io.spendvault.domain.settings.port.SettingsRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Builds mail: the outbox notifier, the relay (only with an SMTP server, {@code SPENDVAULT_MAIL_SMTP_HOST}),
 * reminders, the notification use cases. Without an SMTP server mails stay in the outbox, and reset links
 * are written to the log so an operator can hand them over ({@link UndeliveredMailLog}).
 */
@Factory
class NotificationFactory {

    @Singleton
    MailSettings mailSettings(@Nullable @Value("${spendvault.mail.smtp.host:}") String smtpHost,
                              @Value("${spendvault.public-url}") String publicUrl,
                              @Value("${spendvault.mail.max-attempts:8}") int maxAttempts,
                              @Value("${spendvault.mail.retry-delay:30s}") Duration retryDelay,
                              @Value("${spendvault.mail.max-retry-delay:1h}") Duration maxRetryDelay,
                              @Value("${spendvault.mail.max-age:1d}") Duration maxAge,
                              @Value("${spendvault.mail.unsubscribe-link-ttl:90d}") Duration unsubscribeLinkTtl,
                              @Value("${spendvault.mail.test-mails-per-hour:5}") int testMailsPerHour) {
        return new MailSettings(smtpHost != null && !smtpHost.isBlank(), publicUrl, maxAttempts, retryDelay, maxRetryDelay, maxAge,
                unsubscribeLinkTtl, testMailsPerHour);
    }

    @Singleton
    MailTemplates mailTemplates(MailSettings settings) {
        return new MailTemplates(settings.publicUrl());
    }

    @Singleton
    UnsubscribeTokens unsubscribeTokens(Signer signer, MailSettings settings, Clock clock) {
        return new UnsubscribeTokens(signer, settings.unsubscribeLinkTtl(), clock);
    }

    @Singleton
    Notifier notifier(NotificationOutbox outbox, SettingsRepository settings, MailTemplates templates, MailSettings mail, Clock clock) {
        Notifier notifier = new MailNotifier(outbox, settings, templates, clock);
        return mail.deliveryConfigured() ? notifier : new UndeliveredMailLog(notifier, mail.publicUrl());
    }

    @Singleton
    NotificationService notificationService(NotificationOutbox outbox, UserRepository users, SettingsRepository settings,
                                            RateLimiter limiter, Transactions transactions, MailTemplates templates,
                                            UnsubscribeTokens tokens, MailSettings mail, Clock clock) {
        return new NotificationService(outbox, users, settings, limiter, transactions, templates, tokens, mail, clock);
    }

    @Singleton
    @Requires(bean = MailSender.class)
    OutboxRelay outboxRelay(NotificationOutbox outbox, MailSender sender, Transactions transactions, MailSettings mail, Clock clock) {
        return new OutboxRelay(outbox, sender, transactions, mail, clock);
    }

    @Singleton
    ReminderJob reminderJob(ReminderRepository reminders, NotificationOutbox outbox, UserRepository users, SettingsRepository settings,
                            Transactions transactions, MailTemplates templates, UnsubscribeTokens tokens, MailSettings mail,
                            Clock clock) {
        return new ReminderJob(reminders, outbox, users, settings, transactions, templates, tokens, mail.deliveryConfigured(), clock);
    }
}
