package io.spendvault.domain.identity.port;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.identity.AccountOverview;
import io.spendvault.domain.identity.EmailAddress;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.UserQuery;
import io.spendvault.domain.identity.Username;

import java.util.Optional;

/** The accounts. Usernames and e-mail addresses are unique regardless of case. */
public interface UserRepository {

    /**
     * @throws io.spendvault.domain.common.ConflictException {@code USERNAME_TAKEN} or {@code EMAIL_TAKEN}
     *         when another account holds the name or address (also under a race with a concurrent insert)
     */
    void insert(User user);

    /** @throws io.spendvault.domain.common.ConflictException as {@link #insert} */
    void update(User user);

    Optional<User> findById(UserId id);

    /** By username or e-mail address, ignoring case: what a user types at login. */
    Optional<User> findByLogin(String usernameOrEmail);

    Optional<User> findByEmail(EmailAddress email);

    /** Whether another account than {@code except} uses this username (any case). */
    boolean usernameTaken(Username username, UserId except);

    /** Whether another account than {@code except} uses this e-mail address. */
    boolean emailTaken(EmailAddress email, UserId except);

    boolean anyAdmin();

    /**
     * The account, locked against concurrent administration until the current transaction ends.
     */
    Optional<User> lockById(UserId id);

    /**
     * Locks every active administrator until the current transaction ends and returns how many there
     * are: two transactions that each demote one of the last two administrators are serialised, and the
     * second sees only one left.
     */
    int lockActiveAdmins();

    /** Accounts matching the query, each with its uploads, stored bytes and purchases. */
    Page<AccountOverview> list(UserQuery query);

    Optional<AccountOverview> overview(UserId id);

    /** Deletes the account and, with it, everything it owns (sessions, settings, records); false when absent. */
    boolean delete(UserId id);
}
