package io.spendvault.domain.identity

import io.spendvault.domain.common.RuleViolationException
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

class IdentityModelSpec extends Specification {

    private static boolean accepted(String name) {
        try {
            new Username(name)
            true
        } catch (RuleViolationException ignored) {
            false
        }
    }

    def "username '#name' is #verdict"() {
        expect:
        accepted(name) == valid

        where:
        name                 | valid
        'ada'                | true
        'Ada_Lovelace_1815'  | true
        'x' * 50             | true
        'ab'                 | false
        'x' * 51             | false
        'ada lovelace'       | false
        'ada-l'              | false
        'adé'                | false
        null                 | false
        verdict = valid ? 'accepted' : 'rejected'
    }

    def "usernames compare case-insensitively through their canonical form"() {
        expect:
        new Username('Ada').canonical() == new Username('ADA').canonical()
    }

    def "an e-mail address is trimmed and lower-cased; '#text' is rejected"() {
        expect:
        new EmailAddress('  Ada@Example.COM ').value() == 'ada@example.com'

        when:
        new EmailAddress(text)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'email'

        where:
        text << ['', 'ada', 'ada@', '@example.com', 'ada@example', 'a b@example.com', "${'a' * 250}@example.com", null,
                 'ada\u0000@example.com']
    }

    def "the password policy rejects #reason"() {
        when:
        PasswordPolicy.standard().check(password, 'password')

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'password'

        where:
        reason                         | password
        'passwords under 8 characters' | 'Sh0rt!x'
        'passwords over 128'           | 'x' * 129
        'common passwords'             | 'password'
        'common passwords in any case' | 'PassWord1'
        'a missing password'           | null
        'a NUL in the password'        | 'correct horse\u0000battery'
    }

    def "the password policy accepts a long uncommon password and ships at least 10,000 common ones"() {
        when:
        PasswordPolicy.standard().check('correct horse battery staple', 'new_password')

        then:
        noExceptionThrown()
        PasswordPolicy.standard().size() >= 10_000
    }

    def "a session is active until revoked or expired"() {
        given:
        def now = Instant.parse('2026-01-01T00:00:00Z')
        def session = Session.start(UserId.random(), 'h', now, now + Duration.ofDays(7))

        expect:
        session.isActive(now)
        !session.isActive(now + Duration.ofDays(7))
        !new Session(session.id(), session.userId(), 'h', now, session.expiresAt(), now).isActive(now)
    }

    def "a user's text form never shows the password hash"() {
        given:
        def user = User.register(new Username('ada'), new EmailAddress('ada@example.com'), '$argon2id$secret', Role.USER, Instant.now())

        expect:
        !user.toString().contains('argon2id')
    }
}
