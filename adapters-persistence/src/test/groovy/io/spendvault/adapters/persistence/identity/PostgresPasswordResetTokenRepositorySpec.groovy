package io.spendvault.adapters.persistence.identity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.Username
import io.spendvault.domain.identity.port.PasswordResetTokenRepository
import io.spendvault.domain.identity.port.PasswordResetTokenRepositoryContract
import jakarta.inject.Inject

import java.time.Instant

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
        def user = User.register(new Username('resetter'), new EmailAddress('resetter@example.com'), 'hash', Role.USER, Instant.now())
        users.insert(user)
        user.id()
    }
}
