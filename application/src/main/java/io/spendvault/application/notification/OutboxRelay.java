package io.spendvault.application.notification;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.notification.port.out.MailDeliveryException;
import io.spendvault.application.notification.port.out.MailMessage;
import io.spendvault.application.notification.port.out.MailSender;
import io.spendvault.domain.notification.Notification;
import io.spendvault.domain.notification.port.NotificationOutbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends the outbox's due mails one at a time. Each mail is claimed with a row lock that other relays skip
 * and that is held while it is sent and marked, so two relays (threads or nodes) never send the same row.
 * A failed attempt is retried with a doubling delay; after the last attempt, or when the server refused
 * the mail for good, it is marked failed with the error.
 */
public class OutboxRelay {

    /** Stored errors are cut to this length. */
    static final int MAX_ERROR_LENGTH = 1000;

    private final NotificationOutbox outbox;
    private final MailSender sender;
    private final Transactions transactions;
    private final MailSettings settings;
    private final Clock clock;

    public OutboxRelay(NotificationOutbox outbox, MailSender sender, Transactions transactions, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Tries to send the next due mail; false when none is due. */
    public boolean deliverNext() {
        return transactions.inTransaction((Supplier<Boolean>) () -> {
            Optional<Notification> next = outbox.claimNextDue(clock.instant());
            next.ifPresent(this::attempt);
            return next.isPresent();
        });
    }

    private void attempt(Notification mail) {
        if (mail.createdAt().plus(settings.maxAge()).isBefore(clock.instant())) {
            outbox.markFailed(mail.id(), mail.attempts(), "Not sent within " + settings.maxAge() + " of being written; given up");
            return;
        }
        int attempts = mail.attempts() + 1;
        try {
            sender.send(new MailMessage(mail.id(), mail.recipient(), mail.content()));
            outbox.markSent(mail.id(), attempts, clock.instant());
        } catch (MailDeliveryException e) {
            String error = shortened(e.getMessage());
            if (e.permanent() || attempts >= settings.maxAttempts()) {
                outbox.markFailed(mail.id(), attempts, error);
            } else {
                Instant retryAt = clock.instant().plus(settings.retryDelay(attempts));
                outbox.markRetry(mail.id(), attempts, retryAt, error);
            }
        }
    }

    private static String shortened(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
