package io.spendvault.application.settings.port.in;

import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.UserSettings;

/** A user's own settings: read all or one, change some, or go back to the defaults. */
public interface ManageSettingsUseCase {

    UserSettings settings(UserId user);

    /**
     * Changes the settings that are given ({@code null} keeps a setting).
     *
     * @throws io.spendvault.domain.common.RuleViolationException an invalid currency code or date format
     */
    UserSettings update(UserId user, String currencyCode, String dateFormat);

    UserSettings reset(UserId user);
}
