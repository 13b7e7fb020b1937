package io.spendvault.domain.identity.testsupport

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.Page
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.Username
import io.spendvault.domain.identity.port.UserRepository

import java.util.concurrent.ConcurrentHashMap

/** Accounts in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new ConcurrentHashMap<>()

    @Override
    synchronized void insert(User user) {
        checkUnique(user)
        users.put(user.id(), user)
    }

    @Override
    synchronized void update(User user) {
        checkUnique(user)
        users.put(user.id(), user)
    }

    private void checkUnique(User user) {
        if (usernameTaken(user.username(), user.id())) {
            throw new ConflictException('USERNAME_TAKEN', 'Username already taken')
        }
        if (emailTaken(user.email(), user.id())) {
            throw new ConflictException('EMAIL_TAKEN', 'Email already registered')
        }
    }

    @Override
    Optional<User> findById(UserId id) {
        Optional.ofNullable(users.get(id))
    }

    @Override
    Optional<User> findByLogin(String usernameOrEmail) {
        def wanted = usernameOrEmail?.toLowerCase(Locale.ROOT)
        Optional.ofNullable(users.values().find { it.username().canonical() == wanted || it.email().value() == wanted })
    }

    @Override
    Optional<User> findByEmail(EmailAddress email) {
        Optional.ofNullable(users.values().find { it.email() == email })
    }

    @Override
    boolean usernameTaken(Username username, UserId except) {
        users.values().any { it.id() != except && it.username().canonical() == username.canonical() }
    }

    @Override
    boolean emailTaken(EmailAddress email, UserId except) {
        users.values().any { it.id() != except && it.email() == email }
    }

    @Override
    boolean anyAdmin() {
        users.values().any { it.role() == Role.ADMIN }
    }

    @Override
    Page<User> list(PageRequest request) {
        def all = users.values().sort { a, b -> a.createdAt() <=> b.createdAt() ?: a.id().value() <=> b.id().value() }
        def from = Math.min(request.offset(), all.size()) as int
        def to = Math.min(from + request.size(), all.size()) as int
        new Page<User>(all.subList(from, to), all.size(), request)
    }
}
