package io.spendvault.application.notification;

import io.spendvault.application.notification.port.in.ManageNotificationsUseCase;
import io.spendvault.application.notification.port.in.UnsubscribeUseCase;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.TooManyAttemptsException;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.port.UserRepository;
import io.spendvault.domain.notification.Notification;
import io.spendvault.domain.notification.NotificationKind;
import io.spendvault.domain.notification.port.NotificationOutbox;
import io.spendvault.domain.ratelimit.RateLimit;
import io.spendvault.domain.ratelimit.RateLimitDecision;
import io.spendvault.domain.ratelimit.port.RateLimiter;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;

import java.time.Clock;
import java.time.Duration;

/** A user's mail history, test mails (a few per hour, however the API's limits are set), and unsubscribing. */
public class NotificationService implements ManageNotificationsUseCase, UnsubscribeUseCase {

    private final NotificationOutbox outbox;
    private final UserRepository users;
    private final SettingsRepository settings;
    private final RateLimiter limiter;
    private final Transactions transactions;
    private final MailTemplates templates;
    private final UnsubscribeTokens unsubscribeTokens;
    private final MailSettings mail;
    private final Clock clock;

    public NotificationService(NotificationOutbox outbox, UserRepository users, SettingsRepository settings, RateLimiter limiter,
                               Transactions transactions, MailTemplates templates, UnsubscribeTokens unsubscribeTokens,
                               MailSettings mail, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.settings = settings;
        this.limiter = limiter;
        this.transactions = transactions;
        this.templates = templates;
        this.unsubscribeTokens = unsubscribeTokens;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public Page<Notification> list(UserId user, PageRequest page) {
        return outbox.listFor(user, page);
    }

    @Override
    public Notification sendTest(UserId userId) {
        if (!mail.deliveryConfigured()) {
            throw new ConflictException("MAIL_NOT_CONFIGURED", "This server sends no mail: SPENDVAULT_MAIL_SMTP_HOST is not set");
        }
        User user = users.findById(userId).orElseThrow(() -> new ResourceNotFoundException("USER_NOT_FOUND", "User not found"));
        RateLimitDecision decision = limiter.acquire("test-mail:" + userId.value(), new RateLimit(mail.testMailsPerHour(), Duration.ofHours(1)));
        if (!decision.allowed()) {
            throw new TooManyAttemptsException("At most " + mail.testMailsPerHour() + " test mails per hour", decision.retryAfter());
        }
        Notification test = Notification.queued(userId, user.email().value(), NotificationKind.TEST, templates.test(user), clock.instant());
        outbox.enqueue(test);
        return test;
    }

    @Override
    public void unsubscribe(String token) {
        UserId user = unsubscribeTokens.verify(token);
        transactions.inTransaction(() -> {
            // An account deleted since the mail has nothing to turn off: the link just works.
            if (users.findById(user).isPresent()) {
                UserSettings current = settings.find(user).orElseGet(() -> UserSettings.defaults(user));
                settings.save(current.withNotifications(current.notifications().withEnabled(false)));
            }
        });
    }
}
