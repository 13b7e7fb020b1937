package io.spendvault.application.settings;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.settings.port.in.ManageSettingsUseCase;
import io.spendvault.application.settings.port.in.SettingsChanges;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.DateFormat;
import io.spendvault.domain.settings.NotificationPreferences;
import io.spendvault.domain.settings.ReminderDays;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;

import java.util.List;

/**
 * User settings, with defaults for users who never changed them. Whether notifications are on is stored
 * only once the user chose; until then it reads as the server's default ({@code notificationsOnByDefault}:
 * on when the server can send mail).
 */
public class SettingsService implements ManageSettingsUseCase {

    private final SettingsRepository settings;
    private final Transactions transactions;
    private final boolean notificationsOnByDefault;

    public SettingsService(SettingsRepository settings, Transactions transactions, boolean notificationsOnByDefault) {
        this.settings = settings;
        this.transactions = transactions;
        this.notificationsOnByDefault = notificationsOnByDefault;
    }

    @Override
    public UserSettings settings(UserId user) {
        return resolved(stored(user));
    }

    @Override
    public UserSettings update(UserId user, SettingsChanges changes) {
        // Validate everything before writing anything: an invalid value changes nothing.
        Violations violations = new Violations();
        CurrencyCode currency = changes.currencyCode().sent()
                ? violations.check(() -> new CurrencyCode(changes.currencyCode().value())) : null;
        DateFormat format = changes.dateFormat().sent() ? violations.check(() -> DateFormat.of(changes.dateFormat().value())) : null;
        if (changes.notificationsEnabled().sent() && changes.notificationsEnabled().value() == null) {
            violations.add("notificationsEnabled", "Notifications enabled must be true or false");
        }
        ReminderDays warranty = days(changes.warrantyReminderDays(), "warrantyReminderDays", violations);
        ReminderDays returns = days(changes.returnReminderDays(), "returnReminderDays", violations);
        violations.throwIfAny();
        return transactions.inTransaction(() -> {
            UserSettings current = stored(user);
            NotificationPreferences notifications = current.notifications();
            UserSettings updated = new UserSettings(user, currency == null ? current.currency() : currency,
                    format == null ? current.dateFormat() : format,
                    new NotificationPreferences(changes.notificationsEnabled().orElse(notifications.enabled()),
                            warranty == null ? notifications.warrantyReminderDays() : warranty,
                            returns == null ? notifications.returnReminderDays() : returns));
            settings.save(updated);
            return resolved(updated);
        });
    }

    @Override
    public UserSettings reset(UserId user) {
        settings.delete(user);
        return resolved(UserSettings.defaults(user));
    }

    private UserSettings stored(UserId user) {
        return settings.find(user).orElseGet(() -> UserSettings.defaults(user));
    }

    private UserSettings resolved(UserSettings stored) {
        NotificationPreferences notifications = stored.notifications();
        return stored.withNotifications(notifications.withEnabled(notifications.enabledOr(notificationsOnByDefault)));
    }

    private static ReminderDays days(FieldChange<List<Integer>> change, String field, Violations violations) {
        if (!change.sent()) {
            return null;
        }
        try {
            return ReminderDays.of(change.value(), field);
        } catch (RuleViolationException e) {
            violations.absorb(e);
            return null;
        }
    }
}
