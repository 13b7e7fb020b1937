package io.spendvault.application.settings.port.in;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.UserSettings;

/** A user's own settings: read all or one, change some, or go back to the defaults. */
public interface ManageSettingsUseCase {

    UserSettings settings(UserId user);

    /**
     * Changes the settings that are sent; neither may be empty.
     *
     * @throws io.spendvault.domain.common.RuleViolationException an invalid currency code or date format (both named)
     */
    UserSettings update(UserId user, FieldChange<String> currencyCode, FieldChange<String> dateFormat);

    UserSettings reset(UserId user);
}
