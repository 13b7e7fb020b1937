package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Refuses to start in production with a secret that is missing, the development default, or too short
 * to sign tokens and URLs safely. Runs when the context starts, before any request is served.
 */
@Context
class ProductionSafetyCheck {

    static final String DEVELOPMENT_SECRET = "dev-only-insecure-secret-change-me";
    static final int MINIMUM_SECRET_LENGTH = 32;

    ProductionSafetyCheck(@Value("${spendvault.production:false}") boolean production,
                          @Value("${spendvault.secret:}") String secret) {
        if (production) {
            requireStrongSecret(secret);
        }
    }

    private static void requireStrongSecret(String secret) {
        if (secret == null || secret.isBlank() || DEVELOPMENT_SECRET.equals(secret)) {
            throw new ConfigurationException(
                    "SPENDVAULT_SECRET must be set to a random value in production (for example: openssl rand -base64 48)");
        }
        if (secret.length() < MINIMUM_SECRET_LENGTH) {
            throw new ConfigurationException(
                    "SPENDVAULT_SECRET must be at least " + MINIMUM_SECRET_LENGTH + " characters in production");
        }
    }
}
