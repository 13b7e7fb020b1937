package io.spendvault.adapters.rest.security;

/**
 * Role names as they appear in the {@code role} claim, for {@code @Secured}: mark an endpoint admin-only
 * with {@code @Secured(SecurityRoles.ADMIN)}.
 */
public final class SecurityRoles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    private SecurityRoles() {
    }
}
