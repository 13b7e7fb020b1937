package io.spendvault.domain.notification.port;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.notification.Notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The mails waiting to be sent and those already sent or given up. */
public interface NotificationOutbox {

    /** Adds a mail in the caller's transaction: it exists exactly when what caused it does. */
    void enqueue(Notification notification);

    /**
     * The oldest pending mail due at {@code now}, locked for the caller's transaction so no other relay
     * (on this node or another) takes it until that transaction ends; mails locked by others are skipped.
     * Call it inside a transaction.
     */
    Optional<Notification> claimNextDue(Instant now);

    void markSent(UUID id, int attempts, Instant sentAt);

    /** Records a failed attempt; the mail is tried again at {@code nextAttemptAt}. */
    void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error);

    /** Records the last failed attempt: the mail is given up. */
    void markFailed(UUID id, int attempts, String error);

    /** A user's mails, newest first. */
    Page<Notification> listFor(UserId user, PageRequest page);

    Optional<Notification> find(UUID id);
}
