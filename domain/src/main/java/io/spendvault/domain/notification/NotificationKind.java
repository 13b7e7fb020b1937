package io.spendvault.domain.notification;

/** Why a mail was written. */
public enum NotificationKind {
    PASSWORD_RESET,
    /** Warranties and return windows about to close. */
    REMINDER,
    /** Asked for by the user to check that mail reaches them. */
    TEST
}
