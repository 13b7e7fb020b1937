package io.spendvault.adapters.persistence.identity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.Username
import io.spendvault.domain.identity.port.SessionRepository
import io.spendvault.domain.identity.port.SessionRepositoryContract
import jakarta.inject.Inject

import java.time.Instant

@MicronautTest(transactional = false)
class PostgresSessionRepositorySpec extends SessionRepositoryContract implements TestPropertyProvider {

    @Inject
    PostgresSessionRepository repository

    @Inject
    PostgresUserRepository users

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    SessionRepository createRepository() {
        IdentityTables.clear()
        repository
    }

    @Override
    UserId existingUser() {
        def name = 'u' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
        def user = User.register(new Username(name), new EmailAddress("$name@example.com"), 'hash', Role.USER, Instant.now())
        users.insert(user)
        user.id()
    }
}
