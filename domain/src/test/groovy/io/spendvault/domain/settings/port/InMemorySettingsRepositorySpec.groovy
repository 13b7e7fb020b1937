package io.spendvault.domain.settings.port

import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.testsupport.InMemorySettingsRepository

class InMemorySettingsRepositorySpec extends SettingsRepositoryContract {

    @Override
    SettingsRepository createRepository() { new InMemorySettingsRepository() }

    @Override
    UserId existingUser() { UserId.random() }
}
