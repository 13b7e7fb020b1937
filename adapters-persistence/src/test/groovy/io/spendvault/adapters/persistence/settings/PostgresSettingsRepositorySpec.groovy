package io.spendvault.adapters.persistence.settings

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.port.SettingsRepository
import io.spendvault.domain.settings.port.SettingsRepositoryContract
import jakarta.inject.Inject

/** The settings contract on PostgreSQL; settings rows belong to real users (foreign key). */
@MicronautTest(transactional = false)
class PostgresSettingsRepositorySpec extends SettingsRepositoryContract implements TestPropertyProvider {

    @Inject
    PostgresSettingsRepository repository

    @Inject
    PostgresUserRepository users

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    SettingsRepository createRepository() { repository }

    @Override
    UserId existingUser() { TestUsers.insertOne(users) }
}
