package io.spendvault.domain.settings.testsupport

import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.UserSettings
import io.spendvault.domain.settings.port.SettingsRepository

/** Stored settings in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemorySettingsRepository implements SettingsRepository {

    final Map<UserId, UserSettings> stored = [:]

    @Override
    synchronized Optional<UserSettings> find(UserId user) { Optional.ofNullable(stored[user]) }

    @Override
    synchronized void save(UserSettings settings) { stored[settings.user()] = settings }

    @Override
    synchronized void delete(UserId user) { stored.remove(user) }
}
