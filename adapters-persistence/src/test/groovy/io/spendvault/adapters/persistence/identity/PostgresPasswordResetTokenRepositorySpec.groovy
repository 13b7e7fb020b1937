package io.spendvault.adapters.persistence.identity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.port.PasswordResetTokenRepository
import io.spendvault.domain.identity.port.PasswordResetTokenRepositoryContract
import jakarta.inject.Inject


@MicronautTest(transactional = false)
class PostgresPasswordResetTokenRepositorySpec extends PasswordResetTokenRepositoryContract implements TestPropertyProvider {

    @Inject
    PostgresPasswordResetTokenRepository repository

    @Inject
    PostgresUserRepository users

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    PasswordResetTokenRepository createRepository() {
        IdentityTables.clear()
        repository
    }

    @Override
    UserId existingUser() {
        TestUsers.insertOne(users)
    }
}
