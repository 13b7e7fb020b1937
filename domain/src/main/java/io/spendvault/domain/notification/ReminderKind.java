package io.spendvault.domain.notification;

/** The dates users are reminded of. */
public enum ReminderKind {
    /** The end of a warranty. */
    WARRANTY,
    /** The last day to return a purchase. */
    RETURN
}
