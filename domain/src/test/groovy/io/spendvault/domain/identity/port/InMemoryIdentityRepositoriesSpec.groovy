package io.spendvault.domain.identity.port

import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.testsupport.InMemoryPasswordResetTokenRepository
import io.spendvault.domain.identity.testsupport.InMemorySessionRepository
import io.spendvault.domain.identity.testsupport.InMemoryUserRepository

/** The identity fakes used by application specs pass the same contracts as the PostgreSQL adapters. */
class InMemoryUserRepositorySpec extends UserRepositoryContract {
    @Override
    UserRepository createRepository() { new InMemoryUserRepository() }
}

class InMemorySessionRepositorySpec extends SessionRepositoryContract {
    final users = new InMemoryUserRepository()

    @Override
    SessionRepository createRepository() { new InMemorySessionRepository(users) }

    @Override
    UserRepository accounts() { users }
}

class InMemoryPasswordResetTokenRepositorySpec extends PasswordResetTokenRepositoryContract {
    @Override
    PasswordResetTokenRepository createRepository() { new InMemoryPasswordResetTokenRepository() }

    @Override
    UserId existingUser() { UserId.random() }
}

class InMemoryLoginFailuresSpec extends LoginFailuresContract {
    @Override
    LoginFailures createStore() { new io.spendvault.domain.identity.testsupport.InMemoryLoginFailures() }
}
