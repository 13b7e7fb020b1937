package io.spendvault.application.identity;

import java.time.Duration;
import java.util.Objects;

/** Lifetimes of the identity feature's tokens. */
public record IdentitySettings(Duration refreshTokenTtl, Duration passwordResetTtl) {

    public static final IdentitySettings DEFAULTS = new IdentitySettings(Duration.ofDays(7), Duration.ofMinutes(30));

    public IdentitySettings {
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        Objects.requireNonNull(passwordResetTtl, "passwordResetTtl");
    }
}
