package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Optional;

/**
 * Refuses to start in production with a secret that is missing, the development default, or too short
 * to sign tokens and URLs safely. {@link Application} asks {@link #problem} before it starts anything (the
 * embedded database included); as a context bean it also guards every other way of starting a context.
 */
@Context
class ProductionSafetyCheck {

    /** The default secret of earlier versions: it was published, so it is refused. */
    static final String PUBLISHED_DEVELOPMENT_SECRET = "dev-only-insecure-secret-change-me";
    static final int MINIMUM_SECRET_LENGTH = 32;

    ProductionSafetyCheck(@Value("${spendvault.production:false}") boolean production,
                          @Value("${spendvault.secret:}") String secret) {
        problem(production, secret).ifPresent(message -> {
            throw new ConfigurationException(message);
        });
    }

    /** What is wrong with the secret for this mode, in one line for the operator, if anything. */
    static Optional<String> problem(boolean production, String secret) {
        if (!production) {
            return Optional.empty();
        }
        if (secret == null || secret.isBlank() || PUBLISHED_DEVELOPMENT_SECRET.equals(secret)) {
            return Optional.of("SPENDVAULT_SECRET must be set to a random value in production (for example: openssl rand -base64 48)");
        }
        if (secret.length() < MINIMUM_SECRET_LENGTH) {
            return Optional.of("SPENDVAULT_SECRET must be at least " + MINIMUM_SECRET_LENGTH + " characters in production");
        }
        return Optional.empty();
    }
}
