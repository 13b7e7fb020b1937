package io.spendvault.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account. The password is only ever held as a hash; {@link #toString()} leaves it out so it cannot
 * reach a log by accident.
 */
public record User(UserId id, Username username, EmailAddress email, String passwordHash, Role role, boolean active,
                   Instant createdAt, Instant updatedAt, Instant lastLogin) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static User register(Username username, EmailAddress email, String passwordHash, Role role, Instant now) {
        return new User(UserId.random(), username, email, passwordHash, role, true, now, now, null);
    }

    public Optional<Instant> lastLoginTime() {
        return Optional.ofNullable(lastLogin);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public User withPasswordHash(String newHash, Instant now) {
        return new User(id, username, email, newHash, role, active, createdAt, now, lastLogin);
    }

    public User withProfile(Username newUsername, EmailAddress newEmail, Instant now) {
        return new User(id, newUsername, newEmail, passwordHash, role, active, createdAt, now, lastLogin);
    }

    public User loggedInAt(Instant now) {
        return new User(id, username, email, passwordHash, role, active, createdAt, updatedAt, now);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + ", role=" + role + ", active=" + active + "]";
    }
}
