package io.spendvault.domain.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies one login session (one device or browser); access tokens carry it as {@code sid}. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
