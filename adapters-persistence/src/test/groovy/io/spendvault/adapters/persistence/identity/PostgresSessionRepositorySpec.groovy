package io.spendvault.adapters.persistence.identity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.identity.port.SessionRepository
import io.spendvault.domain.identity.port.UserRepository
import io.spendvault.domain.identity.port.SessionRepositoryContract
import jakarta.inject.Inject


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
    UserRepository accounts() {
        users
    }
}
