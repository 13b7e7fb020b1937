package io.spendvault.domain.identity.testsupport

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.Page
import io.spendvault.domain.identity.AccountOverview
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.UserQuery
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
    Optional<User> lockById(UserId id) {
        findById(id)
    }

    @Override
    int lockActiveAdmins() {
        users.values().count { it.admin && it.active() } as int
    }

    /** Filters and orders as the SQL does; this store holds no files or purchases, so the stats are zero. */
    @Override
    Page<AccountOverview> list(UserQuery query) {
        def wanted = query.search()?.toLowerCase(Locale.ROOT)
        def matching = users.values().findAll { user ->
            (wanted == null || "${user.username().canonical()} ${user.email().value()}".contains(wanted)) &&
                    (query.role() == null || user.role() == query.role()) &&
                    (query.active() == null || user.active() == query.active())
        }
        // accounts that never logged in come last either way, as NULLS LAST does in SQL
        Comparator<Comparable> direction = query.sort().ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder()
        Comparator<User> byId = Comparator.comparing({ User u -> u.id().value() } as java.util.function.Function)
        def order = Comparator.comparing(keyOf(query.sort().by()), Comparator.nullsLast(direction))
                .thenComparing(query.sort().ascending() ? byId : byId.reversed())
        def all = matching.sort(false, order)
        def request = query.page()
        def from = Math.min(request.offset(), all.size()) as int
        def to = Math.min(from + request.size(), all.size()) as int
        new Page<AccountOverview>(all.subList(from, to).collect { overviewOf(it) }, all.size(), request)
    }

    @Override
    Optional<AccountOverview> overview(UserId id) {
        findById(id).map { overviewOf(it) }
    }

    @Override
    boolean delete(UserId id) { users.remove(id) != null }

    private static java.util.function.Function<User, Comparable> keyOf(UserQuery.SortBy by) {
        switch (by) {
            case UserQuery.SortBy.USERNAME: return { User u -> u.username().canonical() } as java.util.function.Function
            case UserQuery.SortBy.LAST_LOGIN: return { User u -> u.lastLogin() } as java.util.function.Function
            default: return { User u -> u.createdAt() } as java.util.function.Function
        }
    }

    private static AccountOverview overviewOf(User user) {
        new AccountOverview(user, 0, 0, 0)
    }
}
