package io.spendvault.adapters.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code spendvault.security.*}: access token lifetime and issuer, and whether auth cookies carry the
 * {@code Secure} flag (switch off only for local http).
 */
@ConfigurationProperties("spendvault.security")
public record TokenSettings(
        @Bindable(defaultValue = "15m") Duration accessTokenTtl,
        @Bindable(defaultValue = "7d") Duration refreshTokenTtl,
        @Bindable(defaultValue = "spendvault") String issuer,
        @Bindable(defaultValue = "true") boolean cookieSecure) {
}
