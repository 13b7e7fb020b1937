package io.spendvault.domain.settings;

import io.spendvault.domain.identity.UserId;

import java.util.Objects;

/** A user's preferences; every user has them, starting from the defaults. */
public record UserSettings(UserId user, CurrencyCode currency, DateFormat dateFormat, NotificationPreferences notifications) {

    public UserSettings {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(notifications, "notifications");
    }

    /** Currency and date format chosen, notifications at their defaults. */
    public UserSettings(UserId user, CurrencyCode currency, DateFormat dateFormat) {
        this(user, currency, dateFormat, NotificationPreferences.DEFAULTS);
    }

    public static UserSettings defaults(UserId user) {
        return new UserSettings(user, CurrencyCode.USD, DateFormat.MM_DD_YYYY);
    }

    public UserSettings withNotifications(NotificationPreferences value) {
        return new UserSettings(user, currency, dateFormat, value);
    }
}
