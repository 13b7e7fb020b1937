package io.spendvault.application.notification;

import io.spendvault.application.identity.port.out.Notifier;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.notification.Notification;
import io.spendvault.domain.notification.NotificationKind;
import io.spendvault.domain.notification.port.NotificationOutbox;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * The {@link Notifier} of the application: writes the mail into the outbox in the caller's transaction
 * (so the mail exists exactly when its reset token does); the relay sends it.
 */
public class MailNotifier implements Notifier {

    private final NotificationOutbox outbox;
    private final SettingsRepository settings;
    private final MailTemplates templates;
    private final Clock clock;

    public MailNotifier(NotificationOutbox outbox, SettingsRepository settings, MailTemplates templates, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public void passwordResetRequested(User user, String resetToken, Instant expiresAt) {
        UserSettings preferences = settings.find(user.id()).orElseGet(() -> UserSettings.defaults(user.id()));
        outbox.enqueue(Notification.queued(user.id(), user.email().value(), NotificationKind.PASSWORD_RESET,
                templates.passwordReset(user, preferences, resetToken, expiresAt), clock.instant()));
    }
}
