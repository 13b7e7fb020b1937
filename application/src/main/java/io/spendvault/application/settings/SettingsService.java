package io.spendvault.application.settings;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.settings.port.in.ManageSettingsUseCase;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.DateFormat;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;

/** User settings, with defaults for users who never changed them. */
public class SettingsService implements ManageSettingsUseCase {

    private final SettingsRepository settings;
    private final Transactions transactions;

    public SettingsService(SettingsRepository settings, Transactions transactions) {
        this.settings = settings;
        this.transactions = transactions;
    }

    @Override
    public UserSettings settings(UserId user) {
        return settings.find(user).orElseGet(() -> UserSettings.defaults(user));
    }

    @Override
    public UserSettings update(UserId user, FieldChange<String> currencyCode, FieldChange<String> dateFormat) {
        // Validate everything before writing anything: an invalid value changes nothing.
        Violations violations = new Violations();
        CurrencyCode currency = currencyCode.sent() ? violations.check(() -> new CurrencyCode(currencyCode.value())) : null;
        DateFormat format = dateFormat.sent() ? violations.check(() -> DateFormat.of(dateFormat.value())) : null;
        violations.throwIfAny();
        return transactions.inTransaction(() -> {
            UserSettings current = settings(user);
            UserSettings updated = new UserSettings(user, currency == null ? current.currency() : currency,
                    format == null ? current.dateFormat() : format);
            settings.save(updated);
            return updated;
        });
    }

    @Override
    public UserSettings reset(UserId user) {
        settings.delete(user);
        return UserSettings.defaults(user);
    }
}
