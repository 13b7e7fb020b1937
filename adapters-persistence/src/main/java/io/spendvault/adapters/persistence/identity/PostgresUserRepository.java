package io.spendvault.adapters.persistence.identity;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.micronaut.data.exceptions.DataAccessException;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.Page;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.SqlFilter;
import io.spendvault.domain.identity.AccountOverview;
import io.spendvault.domain.identity.UserQuery;
import io.spendvault.domain.identity.EmailAddress;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.Username;
import io.spendvault.domain.identity.port.UserRepository;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** {@link UserRepository} on PostgreSQL; unique-index violations become the port's conflicts. */
@Singleton
@DatabaseAccess
public class PostgresUserRepository implements UserRepository {

    /** Stands for "no account" in "taken by another account than …" checks. */
    private static final UUID NOBODY = new UUID(0, 0);

    /**
     * An account with its uploads (count, bytes) and its purchases (from the totals V9 keeps); {@code %s}
     * is the accounts: the table, or a page of it.
     */
    private static final String OVERVIEW = "SELECT u.*, f.total_uploads, f.total_storage_used, "
            + "(SELECT coalesce(sum(n), 0) FROM purchase_counts c WHERE c.user_id = u.id) AS total_purchases "
            + "FROM %s u "
            + "CROSS JOIN LATERAL (SELECT count(*) AS total_uploads, coalesce(sum(file_size), 0) AS total_storage_used "
            + "FROM files WHERE user_id = u.id) f";

    private final UserRows rows;
    private final JdbcOperations jdbc;
    private final RecentSessionChecks recentSessionChecks;

    PostgresUserRepository(UserRows rows, JdbcOperations jdbc, RecentSessionChecks recentSessionChecks) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.recentSessionChecks = recentSessionChecks;
    }

    @Override
    public void insert(User user) {
        translatingConflicts(() -> rows.save(toRow(user)));
    }

    @Override
    public void update(User user) {
        translatingConflicts(() -> rows.update(toRow(user)));
        recentSessionChecks.changed(); // its role or active flag may have changed: its sessions are checked anew
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
    @Transactional
    public Optional<User> lockById(UserId id) {
        return jdbc.prepareStatement("SELECT * FROM users WHERE id = ? FOR UPDATE", statement -> {
            statement.setObject(1, id.value());
            ResultSet result = statement.executeQuery();
            return result.next() ? Optional.of(user(result)) : Optional.empty();
        });
    }

    @Override
    @Transactional
    public int lockActiveAdmins() {
        // FOR UPDATE re-checks each row after waiting for its lock: an admin demoted by the transaction we
        // waited for no longer matches and is not counted.
        return jdbc.prepareStatement("SELECT id FROM users WHERE role = 'ADMIN' AND is_active ORDER BY id FOR UPDATE",
                statement -> {
                    ResultSet result = statement.executeQuery();
                    int admins = 0;
                    while (result.next()) {
                        admins++;
                    }
                    return admins;
                });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<AccountOverview> list(UserQuery query) {
        SqlFilter filter = SqlFilter.where("true");
        if (query.search() != null) {
            filter.and("lower(u.username || ' ' || u.email) LIKE ? ESCAPE '\\'", SqlFilter.containing(query.search()));
        }
        if (query.role() != null) {
            filter.and("u.role = ?", query.role().name());
        }
        if (query.active() != null) {
            filter.and("u.is_active = ?", query.active());
        }
        String direction = " " + query.sort().direction();
        String order = switch (query.sort().by()) {
            case CREATED_AT -> "u.created_at" + direction + ", u.id" + direction;
            case USERNAME -> "lower(u.username)" + direction + ", u.id" + direction;
            case LAST_LOGIN -> "u.last_login" + direction + " NULLS LAST, u.id" + direction;
        };
        // Page first: what each account holds is looked up for the page's rows only.
        return filter.page(jdbc, "users u", slice -> OVERVIEW.formatted("(SELECT * FROM users u" + slice + ")") + " ORDER BY " + order,
                query.page(), order, PostgresUserRepository::overview);
    }

    @Override
    @Transactional
    public Optional<AccountOverview> overview(UserId id) {
        return jdbc.prepareStatement(OVERVIEW.formatted("users") + " WHERE u.id = ?", statement -> {
            statement.setObject(1, id.value());
            ResultSet result = statement.executeQuery();
            return result.next() ? Optional.of(overview(result)) : Optional.empty();
        });
    }

    @Override
    @Transactional
    public boolean delete(UserId id) {
        // everything the account owns goes with it (ON DELETE CASCADE)
        boolean deleted = jdbc.prepareStatement("DELETE FROM users WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            return statement.executeUpdate() == 1;
        });
        recentSessionChecks.changed();
        return deleted;
    }

    private static AccountOverview overview(ResultSet row) throws SQLException {
        return new AccountOverview(user(row), row.getLong("total_uploads"), row.getLong("total_storage_used"),
                row.getLong("total_purchases"));
    }

    private static User user(ResultSet row) throws SQLException {
        Timestamp lastLogin = row.getTimestamp("last_login");
        long quota = row.getLong("storage_quota");
        Long storageQuota = row.wasNull() ? null : quota;
        return new User(new UserId(row.getObject("id", UUID.class)), new Username(row.getString("username")),
                new EmailAddress(row.getString("email")), row.getString("password_hash"), Role.valueOf(row.getString("role")),
                row.getBoolean("is_active"), row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                lastLogin == null ? null : lastLogin.toInstant(), storageQuota);
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
                user.role().name(), user.active(), user.createdAt(), user.updatedAt(), user.lastLogin(), user.storageQuota());
    }

    static User toUser(UserRow row) {
        return new User(new UserId(row.id()), new Username(row.username()), new EmailAddress(row.email()), row.passwordHash(),
                Role.valueOf(row.role()), row.isActive(), row.createdAt(), row.updatedAt(), row.lastLogin(), row.storageQuota());
    }
}
