package io.spendvault.adapters.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code spendvault.security.*}, the one owner of that namespace: token lifetimes and issuer, and whether
 * auth cookies carry the {@code Secure} flag (switch off only for plain-http development). The defaults
 * are in {@code application.yml}, next to the environment variables that set them.
 */
@ConfigurationProperties("spendvault.security")
public record TokenSettings(
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration passwordResetTtl,
        String issuer,
        boolean cookieSecure) {
}
