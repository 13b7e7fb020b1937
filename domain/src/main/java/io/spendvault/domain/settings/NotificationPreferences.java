package io.spendvault.domain.settings;

import java.util.Objects;

/**
 * Whether a user wants mails about due dates, and how many days ahead. {@code enabled} is null until the
 * user chooses: the server's default then applies (on when it can send mail).
 */
public record NotificationPreferences(Boolean enabled, ReminderDays warrantyReminderDays, ReminderDays returnReminderDays) {

    public static final NotificationPreferences DEFAULTS =
            new NotificationPreferences(null, ReminderDays.WARRANTY_DEFAULT, ReminderDays.RETURN_DEFAULT);

    public NotificationPreferences {
        Objects.requireNonNull(warrantyReminderDays, "warrantyReminderDays");
        Objects.requireNonNull(returnReminderDays, "returnReminderDays");
    }

    public boolean enabledOr(boolean serverDefault) {
        return enabled == null ? serverDefault : enabled;
    }

    public NotificationPreferences withEnabled(Boolean value) {
        return new NotificationPreferences(value, warrantyReminderDays, returnReminderDays);
    }
}
