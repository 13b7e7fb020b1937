package io.spendvault.domain.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user; random, never derived from anything the user chose. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
