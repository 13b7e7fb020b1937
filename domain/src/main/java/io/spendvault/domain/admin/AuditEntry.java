package io.spendvault.domain.admin;

import io.spendvault.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change an administrator made: who, to which account, which field from what to what, and when.
 * Names are kept as they were at the time, so the entry still reads after an account is renamed or gone.
 * Values are text ({@code "admin"}, {@code "false"}, {@code "1048576"}); {@code null} is "none" (a quota
 * back to the server default).
 */
public record AuditEntry(UUID id, UserId actor, String actorUsername, String action, UserId target,
                         String targetUsername, String field, String before, String after, Instant at) {

    /** An administrator changed a field of an account. */
    public static final String UPDATE_USER = "update_user";

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorUsername, "actorUsername");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetUsername, "targetUsername");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(at, "at");
    }
}
