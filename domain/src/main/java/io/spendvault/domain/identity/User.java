package io.spendvault.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account. The password is only ever held as a hash; {@link #toString()} leaves it out so it cannot
 * reach a log by accident. {@code storageQuota} is the account's own limit in bytes, or {@code null} for
 * the server's default.
 */
public record User(UserId id, Username username, EmailAddress email, String passwordHash, Role role, boolean active,
                   Instant createdAt, Instant updatedAt, Instant lastLogin, Long storageQuota) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (storageQuota != null && storageQuota < 0) {
            throw new IllegalArgumentException("a storage quota is not negative");
        }
    }

    public static User register(Username username, EmailAddress email, String passwordHash, Role role, Instant now) {
        return new User(UserId.random(), username, email, passwordHash, role, true, now, now, null, null);
    }

    public Optional<Instant> lastLoginTime() {
        return Optional.ofNullable(lastLogin);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public User withPasswordHash(String newHash, Instant now) {
        return new User(id, username, email, newHash, role, active, createdAt, now, lastLogin, storageQuota);
    }

    public User withProfile(Username newUsername, EmailAddress newEmail, Instant now) {
        return new User(id, newUsername, newEmail, passwordHash, role, active, createdAt, now, lastLogin, storageQuota);
    }

    public User loggedInAt(Instant now) {
        return new User(id, username, email, passwordHash, role, active, createdAt, updatedAt, now, storageQuota);
    }

    /** The account as an administrator set it: role, whether it may sign in, and its own quota. */
    public User administered(Role newRole, boolean newActive, Long newStorageQuota, Instant now) {
        return new User(id, username, email, passwordHash, newRole, newActive, createdAt, now, lastLogin, newStorageQuota);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + ", role=" + role + ", active=" + active + "]";
    }
}
