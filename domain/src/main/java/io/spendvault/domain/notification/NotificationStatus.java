package io.spendvault.domain.notification;

/** Where a mail is on its way out. */
public enum NotificationStatus {
    /** Waiting for its first attempt or for the next retry. */
    PENDING,
    SENT,
    /** Every attempt failed; the last error says why. */
    FAILED
}
