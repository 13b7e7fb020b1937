package io.spendvault.adapters.persistence.identity;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.micronaut.data.exceptions.DataAccessException;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.EmailAddress;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.Username;
import io.spendvault.domain.identity.port.UserRepository;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** {@link UserRepository} on PostgreSQL; unique-index violations become the port's conflicts. */
@Singleton
@DatabaseAccess
public class PostgresUserRepository implements UserRepository {

    /** Stands for "no account" in "taken by another account than …" checks. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final UserRows rows;

    PostgresUserRepository(UserRows rows) {
        this.rows = rows;
    }

    @Override
    public void insert(User user) {
        translatingConflicts(() -> rows.save(toRow(user)));
    }

    @Override
    public void update(User user) {
        translatingConflicts(() -> rows.update(toRow(user)));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(PostgresUserRepository::toUser);
    }

    @Override
    public Optional<User> findByLogin(String usernameOrEmail) {
        return rows.findByLogin(usernameOrEmail).map(PostgresUserRepository::toUser);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(PostgresUserRepository::toUser);
    }

    @Override
    public boolean usernameTaken(Username username, UserId except) {
        return rows.usernameTaken(username.value(), except == null ? NOBODY : except.value());
    }

    @Override
    public boolean emailTaken(EmailAddress email, UserId except) {
        return rows.emailTaken(email.value(), except == null ? NOBODY : except.value());
    }

    @Override
    public boolean anyAdmin() {
        return rows.anyAdmin();
    }

    @Override
    public Page<User> list(PageRequest request) {
        var items = rows.listPage(request.size(), request.offset()).stream().map(PostgresUserRepository::toUser).toList();
        return new Page<>(items, rows.count(), request);
    }

    private static void translatingConflicts(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            String constraint = violatedUniqueIndex(e);
            if ("users_username_unique".equals(constraint)) {
                throw new ConflictException("USERNAME_TAKEN", "Username already taken");
            }
            if ("users_email_unique".equals(constraint)) {
                throw new ConflictException("EMAIL_TAKEN", "Email already registered");
            }
            throw e;
        }
    }

    /** The name of the unique index a write violated (SQLSTATE 23505), from PostgreSQL's message. */
    private static String violatedUniqueIndex(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                for (String index : new String[] {"users_username_unique", "users_email_unique"}) {
                    if (message.contains(index)) {
                        return index;
                    }
                }
            }
        }
        return null;
    }

    static UserRow toRow(User user) {
        return new UserRow(user.id().value(), user.username().value(), user.email().value(), user.passwordHash(),
                user.role().name(), user.active(), user.createdAt(), user.updatedAt(), user.lastLogin());
    }

    static User toUser(UserRow row) {
        return new User(new UserId(row.id()), new Username(row.username()), new EmailAddress(row.email()), row.passwordHash(),
                Role.valueOf(row.role()), row.isActive(), row.createdAt(), row.updatedAt(), row.lastLogin());
    }
}
