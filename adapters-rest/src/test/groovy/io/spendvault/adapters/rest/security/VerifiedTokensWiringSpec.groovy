package io.spendvault.adapters.rest.security

import com.nimbusds.jwt.JWT
import com.nimbusds.jwt.SignedJWT
import io.micronaut.context.ApplicationContext
import io.micronaut.context.annotation.Property
import io.micronaut.core.type.Argument
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser
import io.micronaut.security.token.jwt.validator.JsonWebTokenSignatureValidator
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

import java.time.Instant

/** Micronaut's own JWT parser and signature check are the ones fronted by {@link VerifiedTokens}. */
@MicronautTest
@Property(name = 'spec.name', value = 'VerifiedTokensWiringSpec')
class VerifiedTokensWiringSpec extends Specification {

    @Inject
    ApplicationContext context

    @Inject
    JwtTokenGenerator generator

    @Inject
    VerifiedTokens verified

    def "a token signed with the configured secret is verified once, then handed out from memory"() {
        given:
        JsonWebTokenParser<JWT> parser = context.getBean(Argument.of(JsonWebTokenParser, JWT))
        JsonWebTokenSignatureValidator<SignedJWT> signatures =
                context.getBean(Argument.of(JsonWebTokenSignatureValidator, SignedJWT))
        String token = generator.generateToken([sub: 'someone', iss: 'spendvault',
                                                exp: Instant.now().plusSeconds(300).epochSecond]).orElseThrow()

        expect:
        parser instanceof RememberingTokenParser
        signatures instanceof RememberingSignatureValidator
        !verified.find(token).present

        when:
        def first = parser.parse(token).orElseThrow() as SignedJWT
        def valid = signatures.validateSignature(first)

        then:
        valid
        parser.parse(token).orElseThrow().is(first)

        when: 'the same claims with another signature'
        def parts = token.split('\\.')
        def forged = parser.parse([parts[0], parts[1], parts[2].reverse()].join('.')).orElseThrow() as SignedJWT

        then:
        !signatures.validateSignature(forged)
        !verified.find(forged.parsedString).present
    }
}
