package io.spendvault.adapters.rest.security

import io.micronaut.context.ApplicationContext
import io.micronaut.context.annotation.Property
import io.micronaut.context.annotation.Requires
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.security.authentication.Authentication
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator
import io.micronaut.security.token.validator.TokenValidator
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.application.identity.port.in.CheckSessionUseCase
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.SessionId
import io.spendvault.domain.identity.UserId
import jakarta.inject.Inject
import jakarta.inject.Singleton
import reactor.core.publisher.Mono
import spock.lang.Specification

import java.time.Instant
import java.util.concurrent.ConcurrentLinkedQueue

/**
 * The only token validator checks signature and claims in memory, then the session: from what this instance
 * already knows, on the calling thread, or else by asking on the blocking executor. (The real session check,
 * with its memory and the database, is exercised end to end in bootstrap.)
 */
@MicronautTest
@Property(name = 'spec.name', value = 'SessionTokenValidatorSpec')
class SessionTokenValidatorSpec extends Specification {

    @Inject
    ApplicationContext context

    @Inject
    JwtTokenGenerator generator

    @Inject
    Sessions sessions

    def setup() {
        sessions.known.clear()
        sessions.current.clear()
        sessions.asked.clear()
    }

    def "it is the only token validator: Micronaut's reactive one, which would not check the session, is replaced"() {
        expect:
        context.getBeansOfType(Argument.of(TokenValidator, Argument.of(HttpRequest, Argument.OBJECT_ARGUMENT)))*.getClass() == [SessionTokenValidator]
        context.getBeansOfType(TokenValidator)*.getClass() == [SessionTokenValidator]
    }

    def "a session this instance knows to be current is accepted on the calling thread, without asking"() {
        given:
        def claims = tokenClaims()
        sessions.known << claims.sid

        when:
        def answered = answer(token(claims))

        then:
        answered.authentication.name == claims.sub
        answered.authentication.attributes.sid == claims.sid
        answered.thread == Thread.currentThread().name
        sessions.asked.isEmpty()
    }

    def "any other session is asked about on a blocking thread, never on the caller's"() {
        given:
        def claims = tokenClaims()
        sessions.current << claims.sid

        when:
        def answered = answer(token(claims))

        then:
        answered.authentication.name == claims.sub
        sessions.asked.size() == 1
        sessions.asked.peek() != Thread.currentThread().name
        answered.thread == sessions.asked.peek()
    }

    def "a session that is not current is refused"() {
        given:
        def claims = tokenClaims()

        expect:
        Mono.from(validator().validateToken(token(claims), null)).block() == null
        sessions.asked.size() == 1
    }

    def "a token without a session, a user or a known role is refused without asking anyone"() {
        given:
        def claims = tokenClaims()
        claims.remove(missing)
        sessions.known << claims.sid
        sessions.current << claims.sid

        expect:
        Mono.from(validator().validateToken(token(claims), null)).block() == null
        sessions.asked.isEmpty()

        where:
        missing << ['sid', 'sub', 'role']
    }

    def "a made-up role or a malformed id is refused"() {
        given:
        def claims = tokenClaims() + changed
        sessions.known << claims.sid
        sessions.current << claims.sid

        expect:
        Mono.from(validator().validateToken(token(claims), null)).block() == null

        where:
        changed << [[role: 'superuser'], [sid: 'not-a-uuid'], [sub: 'not-a-uuid']]
    }

    def "a forged signature or an expired token is refused before the session is looked at"() {
        given:
        def claims = tokenClaims()
        sessions.known << claims.sid
        def parts = token(claims).split('\\.')
        def forged = [parts[0], parts[1], parts[2].reverse()].join('.')
        def expired = tokenClaims() + [exp: Instant.now().minusSeconds(120).epochSecond]
        sessions.known << expired.sid

        expect:
        Mono.from(validator().validateToken(forged, null)).block() == null
        Mono.from(validator().validateToken(token(expired), null)).block() == null
        sessions.asked.isEmpty()
    }

    /** The authentication a token is given, and the thread it was handed over on. */
    private Map answer(String token) {
        Mono.from(validator().validateToken(token, null))
                .map { Authentication authentication -> [authentication: authentication, thread: Thread.currentThread().name] }
                .block()
    }

    private TokenValidator<HttpRequest<?>> validator() {
        context.getBean(SessionTokenValidator)
    }

    private static Map<String, Object> tokenClaims() {
        [sub : UUID.randomUUID().toString(), sid: UUID.randomUUID().toString(), role: 'user', iss: 'spendvault',
         iat : Instant.now().epochSecond, exp: Instant.now().plusSeconds(300).epochSecond]
    }

    private String token(Map<String, Object> claims) {
        generator.generateToken(claims).orElseThrow()
    }

    /** Sessions this spec declares known (remembered) or current, and the threads that asked the database. */
    @Singleton
    @Requires(property = 'spec.name', value = 'SessionTokenValidatorSpec')
    static class Sessions implements CheckSessionUseCase {

        final Set<String> known = Collections.synchronizedSet(new HashSet<>())
        final Set<String> current = Collections.synchronizedSet(new HashSet<>())
        final Queue<String> asked = new ConcurrentLinkedQueue<>()

        @Override
        boolean isActive(SessionId session) {
            current.contains(session.value().toString())
        }

        @Override
        boolean isCurrent(SessionId session, UserId user, Role role) {
            asked << Thread.currentThread().name
            current.contains(session.value().toString())
        }

        @Override
        boolean isKnownCurrent(SessionId session, UserId user, Role role) {
            known.contains(session.value().toString())
        }
    }
}
