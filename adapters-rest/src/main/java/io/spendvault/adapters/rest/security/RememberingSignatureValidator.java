package io.spendvault.adapters.rest.security;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.jwt.validator.JsonWebTokenSignatureValidator;
import jakarta.inject.Singleton;

/**
 * Checks a token's signature once: a token remembered as verified passes at once, any other goes to the
 * real check and is remembered if it passes (see {@link VerifiedTokens}).
 */
final class RememberingSignatureValidator implements JsonWebTokenSignatureValidator<SignedJWT> {

    private final JsonWebTokenSignatureValidator<SignedJWT> validator;
    private final VerifiedTokens verified;

    RememberingSignatureValidator(JsonWebTokenSignatureValidator<SignedJWT> validator, VerifiedTokens verified) {
        this.validator = validator;
        this.verified = verified;
    }

    @Override
    public boolean validateSignature(SignedJWT token) {
        if (verified.isVerified(token)) {
            return true;
        }
        boolean valid = validator.validateSignature(token);
        if (valid) {
            verified.remember(token);
        }
        return valid;
    }

    /** Puts this check in front of Micronaut's signature check. */
    @Singleton
    static final class Installer implements BeanCreatedEventListener<JsonWebTokenSignatureValidator<SignedJWT>> {

        private final VerifiedTokens verified;

        Installer(VerifiedTokens verified) {
            this.verified = verified;
        }

        @Override
        public JsonWebTokenSignatureValidator<SignedJWT> onCreated(BeanCreatedEvent<JsonWebTokenSignatureValidator<SignedJWT>> event) {
            return new RememberingSignatureValidator(event.getBean(), verified);
        }
    }
}
