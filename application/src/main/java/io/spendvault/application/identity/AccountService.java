package io.spendvault.application.identity;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.identity.port.in.ManageProfileUseCase;
import io.spendvault.application.identity.port.in.RegisterUserUseCase;
import io.spendvault.application.identity.port.in.UserView;
import io.spendvault.application.identity.port.out.PasswordHasher;
import io.spendvault.application.identity.port.out.StorageUsage;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.InvalidRequestException;
import io.spendvault.domain.common.UnauthenticatedException;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.identity.EmailAddress;
import io.spendvault.domain.identity.PasswordPolicy;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.Username;
import io.spendvault.domain.identity.port.SessionRepository;
import io.spendvault.domain.identity.port.UserRepository;

import java.time.Clock;

/** Accounts: registration (also of the first administrator), the user's own profile and password. */
public class AccountService implements RegisterUserUseCase, ManageProfileUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final StorageUsage storageUsage;
    private final Transactions transactions;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.standard();

    public AccountService(UserRepository users, SessionRepository sessions, PasswordHasher hasher, StorageUsage storageUsage,
                          Transactions transactions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.storageUsage = storageUsage;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UserView register(RegisterUserCommand command) {
        return UserView.of(create(command.username(), command.email(), command.password(), Role.USER, "password"));
    }

    @Override
    public Profile profile(UserId userId) {
        User user = existing(userId);
        StorageUsage.Usage usage = storageUsage.of(userId);
        return new Profile(UserView.of(user), usage.totalUploads(), usage.totalStorageUsed());
    }

    @Override
    public UserView update(UpdateProfileCommand command) {
        return transactions.inTransaction(() -> {
            User user = existing(command.user());
            Violations violations = new Violations();
            Username username = command.username().sent() ? violations.check(() -> new Username(command.username().value()))
                    : user.username();
            EmailAddress email = command.email().sent() ? violations.check(() -> new EmailAddress(command.email().value()))
                    : user.email();
            violations.throwIfAny();
            requireAvailable(username, email, user.id());
            User updated = user.withProfile(username, email, clock.instant());
            users.update(updated);
            return UserView.of(updated);
        });
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        User user = existing(command.user());
        if (!hasher.verify(command.currentPassword() == null ? "" : command.currentPassword(), user.passwordHash())) {
            throw new InvalidRequestException("CURRENT_PASSWORD_INCORRECT", "Current password is incorrect");
        }
        passwordPolicy.check(command.newPassword(), "newPassword");
        String hash = hasher.hash(command.newPassword());
        transactions.inTransaction(() -> {
            users.update(existing(command.user()).withPasswordHash(hash, clock.instant()));
            sessions.revokeAllOf(user.id(), command.currentSession(), clock.instant());
        });
    }

    @Override
    public boolean ensureAdmin(String username, String email, String password) {
        if (users.anyAdmin()) {
            return false;
        }
        create(username, email, password, Role.ADMIN, "password");
        return true;
    }

    private User create(String username, String email, String password, Role role, String passwordField) {
        Violations violations = new Violations();
        Username name = violations.check(() -> new Username(username));
        EmailAddress address = violations.check(() -> new EmailAddress(email));
        violations.check(() -> {
            passwordPolicy.check(password, passwordField);
            return password;
        });
        violations.throwIfAny();
        // Hash outside the transaction: it takes tens of milliseconds and needs no database.
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            requireAvailable(name, address, null);
            User user = User.register(name, address, hash, role, clock.instant());
            users.insert(user);
            return user;
        });
    }

    private void requireAvailable(Username username, EmailAddress email, UserId except) {
        if (users.usernameTaken(username, except)) {
            throw new ConflictException("USERNAME_TAKEN", "Username already taken");
        }
        if (users.emailTaken(email, except)) {
            throw new ConflictException("EMAIL_TAKEN", "Email already registered");
        }
    }

    private User existing(UserId userId) {
        return users.findById(userId)
                .orElseThrow(() -> new UnauthenticatedException("UNAUTHORIZED", "The account no longer exists"));
    }
}
