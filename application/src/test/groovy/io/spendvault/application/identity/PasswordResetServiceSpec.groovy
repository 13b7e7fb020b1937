package io.spendvault.application.identity

import io.spendvault.application.identity.port.in.RegisterUserUseCase.RegisterUserCommand
import io.spendvault.domain.common.InvalidRequestException
import io.spendvault.domain.common.RuleViolationException
import spock.lang.Specification

import java.time.Duration

import static io.spendvault.application.identity.port.in.LoginUseCase.LoginCommand

class PasswordResetServiceSpec extends Specification {

    def f = new IdentityFixture()

    def setup() {
        f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))
    }

    private String requestToken() {
        f.passwordReset.requestReset('Ada@Example.com')
        f.notifier.sent.last().token
    }

    def "a reset token is sent for a known address, valid for 30 minutes, and stored only hashed"() {
        when:
        def token = requestToken()

        then:
        f.notifier.sent.size() == 1
        f.notifier.sent[0].user.username().value() == 'ada'
        f.notifier.sent[0].expiresAt == f.clock.now + Duration.ofMinutes(30)
        f.resetTokens.tokens.values()*.tokenHash() == [SecretTokens.hash(token)]
    }

    def "an unknown address is answered like a known one, and nothing is sent"() {
        when:
        f.passwordReset.requestReset('nobody@example.com')

        then:
        noExceptionThrown()
        f.notifier.sent.isEmpty()
    }

    def "a malformed address '#email' is the caller's typo: refused on the email field, nothing sent"() {
        when:
        f.passwordReset.requestReset(email)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'email'
        f.notifier.sent.isEmpty()

        where:
        email << ['not an address', null, 'ada\u0000@example.com']
    }

    def "resetting sets the new password and revokes every session"() {
        given:
        def session = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        def token = requestToken()

        when:
        f.passwordReset.reset(token, 'a brand new passphrase')

        then:
        !f.sessionService.isActive(session.session())
        f.sessionService.login(new LoginCommand('ada', 'a brand new passphrase')).user().username() == 'ada'
    }

    def "a reset token works once"() {
        given:
        def token = requestToken()
        f.passwordReset.reset(token, 'a brand new passphrase')

        when:
        f.passwordReset.reset(token, 'another new passphrase')

        then:
        def failure = thrown(InvalidRequestException)
        failure.code() == 'RESET_TOKEN_INVALID'
    }

    def "an expired reset token is refused"() {
        given:
        def token = requestToken()
        f.clock.advance(Duration.ofMinutes(30))

        when:
        f.passwordReset.reset(token, 'a brand new passphrase')

        then:
        thrown(InvalidRequestException)
    }

    def "requesting a new token spends the previous one"() {
        given:
        def first = requestToken()
        requestToken()

        when:
        f.passwordReset.reset(first, 'a brand new passphrase')

        then:
        thrown(InvalidRequestException)
    }

    def "an unknown token is refused and a weak password keeps the token usable"() {
        when:
        f.passwordReset.reset('made-up-token', 'a brand new passphrase')

        then:
        thrown(InvalidRequestException)

        when:
        def token = requestToken()
        f.passwordReset.reset(token, '12345678')

        then:
        thrown(RuleViolationException)

        when:
        f.passwordReset.reset(token, 'a brand new passphrase')

        then:
        noExceptionThrown()
    }
}
