package io.spendvault.adapters.rest.security

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.MACVerifier
import com.nimbusds.jwt.JWT
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.JWTParser
import com.nimbusds.jwt.SignedJWT
import io.micronaut.security.token.Claims
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser
import io.micronaut.security.token.jwt.validator.JsonWebTokenSignatureValidator
import spock.lang.Specification

import java.time.Instant

class VerifiedTokensSpec extends Specification {

    static final String SECRET = 'a secret of at least thirty-two bytes for HS256'

    CountingParser parser = new CountingParser()
    CountingSignatureCheck check = new CountingSignatureCheck()
    VerifiedTokens verified = new VerifiedTokens()
    RememberingTokenParser remembering = new RememberingTokenParser(parser, verified)
    RememberingSignatureValidator signatures = new RememberingSignatureValidator(check, verified)

    def "a good token is parsed and its signature checked once, then served from memory"() {
        given:
        def text = token(SECRET, 'alice', Instant.now().plusSeconds(600))

        when:
        def first = authenticate(text)
        def second = authenticate(text)
        def third = authenticate(text)

        then:
        [first, second, third].every { it.valid }
        second.token.is(first.token) && third.token.is(first.token)
        parser.calls == 1
        check.calls == 1
        first.token.JWTClaimsSet.subject == 'alice'
    }

    def "a token with a bad signature is checked every time and never remembered"() {
        given:
        def forged = token('another secret, also thirty-two bytes long', 'alice', Instant.now().plusSeconds(600))

        when:
        def answers = (1..3).collect { authenticate(forged) }

        then:
        answers.every { !it.valid }
        parser.calls == 3
        check.calls == 3
        verified.size() == 0
    }

    def "a remembered token's payload with its signature on another payload is not taken for it"() {
        given:
        def good = token(SECRET, 'alice', Instant.now().plusSeconds(600))
        authenticate(good)
        def parts = good.split('\\.')
        def otherPayload = token(SECRET, 'mallory', Instant.now().plusSeconds(600)).split('\\.')[1]
        def tampered = [parts[0], otherPayload, parts[2]].join('.')

        when:
        def answer = authenticate(tampered)

        then:
        !answer.valid
        check.calls == 2
        authenticate(good).valid
        check.calls == 2
    }

    def "a token that has expired, or has no expiry, is checked but not remembered"() {
        when:
        def answer = authenticate(token(SECRET, 'alice', expiry))

        then:
        answer.valid
        verified.size() == 0

        where:
        expiry << [Instant.now().minusSeconds(1), null]
    }

    def "a token is forgotten when it expires"() {
        given:
        def text = token(SECRET, 'alice', Instant.now().plusMillis(1_500))
        authenticate(text)

        expect:
        verified.find(text).present

        when:
        def deadline = System.nanoTime() + 5_000_000_000L
        while (verified.find(text).present && System.nanoTime() < deadline) {
            Thread.sleep(50)
        }

        then:
        !verified.find(text).present
    }

    def "memory is bounded: beyond the limit the least used tokens are forgotten"() {
        given:
        def small = new VerifiedTokens(10)
        def validator = new RememberingSignatureValidator(check, small)

        when:
        (1..100).each { n ->
            validator.validateSignature(SignedJWT.parse(token(SECRET, "user-$n", Instant.now().plusSeconds(600))))
        }

        then:
        small.size() <= 10
        check.calls == 100
    }

    private Map authenticate(String text) {
        def jwt = remembering.parse(text).orElseThrow() as SignedJWT
        [token: jwt, valid: signatures.validateSignature(jwt)]
    }

    private static String token(String secret, String subject, Instant expiry) {
        def claims = new JWTClaimsSet.Builder().subject(subject).issuer('spendvault').issueTime(new Date())
        if (expiry != null) {
            claims.expirationTime(Date.from(expiry))
        }
        def jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build())
        jwt.sign(new MACSigner(secret.bytes))
        jwt.serialize()
    }

    /** The real parsing, counted. */
    static class CountingParser implements JsonWebTokenParser<JWT> {
        int calls

        Optional<JWT> parse(String token) {
            calls++
            Optional.of(JWTParser.parse(token))
        }

        Optional<Claims> parseClaims(String token) {
            Optional.empty()
        }
    }

    /** The real HMAC check with the right secret, counted. */
    static class CountingSignatureCheck implements JsonWebTokenSignatureValidator<SignedJWT> {
        int calls

        boolean validateSignature(SignedJWT token) {
            calls++
            token.verify(new MACVerifier(SECRET.bytes))
        }
    }
}
