package io.spendvault.adapters.rest.security;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import org.reactivestreams.Publisher;
import jakarta.inject.Singleton;

/**
 * Checks a token's signature once: a token remembered as verified passes at once, any other goes to the
 * real check and is remembered if it passes (see {@link VerifiedTokens}).
 */
final class RememberingSignatureValidator implements ReactiveJsonWebTokenSignatureValidator<SignedJWT> {

    private final ReactiveJsonWebTokenSignatureValidator<SignedJWT> validator;
    private final VerifiedTokens verified;

    RememberingSignatureValidator(ReactiveJsonWebTokenSignatureValidator<SignedJWT> validator, VerifiedTokens verified) {
        this.validator = validator;
        this.verified = verified;
    }

    @Override
    public Publisher<Boolean> validateSignature(SignedJWT token) {
        if (verified.isVerified(token)) {
            return Publishers.just(true);
        }
        return Publishers.map(validator.validateSignature(token), valid -> {
            if (valid) {
                verified.remember(token);
            }
            return valid;
        });
    }

    /** Puts this check in front of Micronaut's signature check. */
    @Singleton
    static final class Installer implements BeanCreatedEventListener<ReactiveJsonWebTokenSignatureValidator<SignedJWT>> {

        private final VerifiedTokens verified;

        Installer(VerifiedTokens verified) {
            this.verified = verified;
        }

        @Override
        public ReactiveJsonWebTokenSignatureValidator<SignedJWT> onCreated(
                BeanCreatedEvent<ReactiveJsonWebTokenSignatureValidator<SignedJWT>> event) {
            return new RememberingSignatureValidator(event.getBean(), verified);
        }
    }
}
