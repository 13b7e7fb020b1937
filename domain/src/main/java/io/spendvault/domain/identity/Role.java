package io.spendvault.domain.identity;

import java.util.Locale;

/** What a user may do: every account is a {@code user}; an {@code admin} may also manage the service. */
public enum Role {
    USER,
    ADMIN;

    /** The lower-case name clients see ({@code "user"}, {@code "admin"}). */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
