package io.spendvault.domain.notification;

import io.spendvault.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail to one user, kept in the outbox from the moment it is written (in the transaction of whatever
 * caused it) until it is sent or given up, and afterwards as the user's history.
 */
public record Notification(UUID id, UserId user, String recipient, NotificationKind kind, String subject, String textBody,
                           String htmlBody, NotificationStatus status, int attempts, Instant nextAttemptAt, String lastError,
                           Instant createdAt, Instant sentAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new mail, due at once. */
    public static Notification queued(UserId user, String recipient, NotificationKind kind, MailContent content, Instant now) {
        return new Notification(UUID.randomUUID(), user, recipient, kind, content.subject(), content.text(), content.html(),
                NotificationStatus.PENDING, 0, now, null, now, null);
    }

    public MailContent content() {
        return new MailContent(subject, textBody, htmlBody);
    }
}
