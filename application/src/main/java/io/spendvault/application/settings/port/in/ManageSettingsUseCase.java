package io.spendvault.application.settings.port.in;

import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.UserSettings;

/** A user's own settings: read all or one, change some, or go back to the defaults. */
public interface ManageSettingsUseCase {

    UserSettings settings(UserId user);

    /**
     * Changes the settings that are sent; none may be cleared (an empty list of reminder days is a value).
     *
     * @throws io.spendvault.domain.common.RuleViolationException every invalid value, each named by its field
     */
    UserSettings update(UserId user, SettingsChanges changes);

    UserSettings reset(UserId user);
}
