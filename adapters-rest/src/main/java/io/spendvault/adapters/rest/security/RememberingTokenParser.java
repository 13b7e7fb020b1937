package io.spendvault.adapters.rest.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;

import jakarta.inject.Singleton;

import java.util.Optional;

/** Hands out the already verified token for a text it has seen (see {@link VerifiedTokens}); parses others. */
final class RememberingTokenParser implements JsonWebTokenParser<JWT> {

    private final JsonWebTokenParser<JWT> parser;
    private final VerifiedTokens verified;

    RememberingTokenParser(JsonWebTokenParser<JWT> parser, VerifiedTokens verified) {
        this.parser = parser;
        this.verified = verified;
    }

    @Override
    public Optional<JWT> parse(String token) {
        Optional<JWT> known = verified.find(token);
        return known.isPresent() ? known : parser.parse(token);
    }

    @Override
    public Optional<Claims> parseClaims(String token) {
        return parser.parseClaims(token);
    }

    /** Puts this parser in front of Micronaut's JWT parser. */
    @Singleton
    static final class Installer implements BeanCreatedEventListener<JsonWebTokenParser<JWT>> {

        private final VerifiedTokens verified;

        Installer(VerifiedTokens verified) {
            this.verified = verified;
        }

        @Override
        public JsonWebTokenParser<JWT> onCreated(BeanCreatedEvent<JsonWebTokenParser<JWT>> event) {
            return new RememberingTokenParser(event.getBean(), verified);
        }
    }
}
