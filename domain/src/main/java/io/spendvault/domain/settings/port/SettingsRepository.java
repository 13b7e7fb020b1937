package io.spendvault.domain.settings.port;

import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.UserSettings;

import java.util.Optional;

/** Stored user settings; a user without a row has the defaults. */
public interface SettingsRepository {

    Optional<UserSettings> find(UserId user);

    /** Inserts or replaces the user's settings. */
    void save(UserSettings settings);

    /** Forgets the user's settings, so the defaults apply again. */
    void delete(UserId user);
}
