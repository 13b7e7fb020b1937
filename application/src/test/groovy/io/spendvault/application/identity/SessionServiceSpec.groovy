package io.spendvault.application.identity

import io.spendvault.application.identity.port.in.RegisterUserUseCase
import io.spendvault.application.identity.port.in.RegisterUserUseCase.RegisterUserCommand
import io.spendvault.domain.common.AccessDeniedException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.common.UnauthenticatedException
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.Session
import io.spendvault.domain.identity.SessionId
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import spock.lang.Specification

import java.time.Duration

import static io.spendvault.application.identity.port.in.LoginUseCase.LoginCommand

class SessionServiceSpec extends Specification {

    def f = new IdentityFixture()

    def setup() {
        f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))
    }

    def "logging in by username or e-mail opens a session and records the login time"() {
        when:
        def tokens = f.sessionService.login(new LoginCommand(login, 'correct horse battery'))

        then:
        tokens.user().username() == 'ada'
        tokens.accessToken().startsWith('access:')
        tokens.refreshToken().startsWith(tokens.session().toString() + '.')
        f.sessionService.isActive(tokens.session())
        f.users.findByLogin('ada').get().lastLogin() == f.clock.now

        where:
        login << ['ada', 'ADA', 'ada@example.com', ' Ada@Example.com ']
    }

    def "a wrong password and an unknown user get the same answer, and both check a hash"() {
        when:
        f.sessionService.login(new LoginCommand('ada', 'wrong password'))

        then:
        def wrong = thrown(UnauthenticatedException)

        when:
        def before = f.hasher.verifications
        f.sessionService.login(new LoginCommand('nobody', 'whatever'))

        then:
        def unknown = thrown(UnauthenticatedException)
        unknown.message == wrong.message
        unknown.code() == wrong.code()
        f.hasher.verifications == before + 1
    }

    def "a login name that is not plain text is refused before any look-up"() {
        when:
        f.sessionService.login(new LoginCommand('ada\u0000', 'correct horse battery'))

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'username'
    }

    def "a token is current only for its own user, with the role that user has now, while the session lives"() {
        given:
        def tokens = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        def ada = new UserId(tokens.user().id())
        def grace = f.accounts.register(new RegisterUserUseCase.RegisterUserCommand('grace', 'grace@example.com',
                'another long passphrase'))

        expect:
        f.sessionService.isCurrent(tokens.session(), ada, Role.USER)
        !f.sessionService.isCurrent(tokens.session(), ada, Role.ADMIN)
        !f.sessionService.isCurrent(tokens.session(), new UserId(grace.id()), Role.USER)
        !f.sessionService.isCurrent(SessionId.random(), ada, Role.USER)

        when: 'the stored role changes, a token with the old role stops speaking for the user'
        def stored = f.users.findById(ada).get()
        f.users.update(stored.administered(Role.ADMIN, stored.active(), stored.storageQuota(), stored.updatedAt()))

        then:
        !f.sessionService.isCurrent(tokens.session(), ada, Role.USER)
        f.sessionService.isCurrent(tokens.session(), ada, Role.ADMIN)

        when:
        f.sessionService.logout(tokens.session())

        then:
        !f.sessionService.isCurrent(tokens.session(), ada, Role.ADMIN)
    }

    def "a deactivated account cannot log in"() {
        given:
        def ada = f.users.findByLogin('ada').get()
        f.users.update(ada.administered(ada.role(), false, null, ada.updatedAt()))

        when:
        f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))

        then:
        def denied = thrown(AccessDeniedException)
        denied.code() == 'ACCOUNT_DISABLED'
    }

    def "a hash made with old parameters is recomputed at login"() {
        given:
        f.hasher.version = 'v2'

        when:
        f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))

        then:
        !f.hasher.needsRehash(f.users.findByLogin('ada').get().passwordHash())
    }

    def "refreshing rotates the refresh token"() {
        given:
        def first = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))

        when:
        def second = f.sessionService.refresh(first.refreshToken())

        then:
        second.refreshToken() != first.refreshToken()
        second.session() == first.session()
        f.sessionService.refresh(second.refreshToken()).session() == first.session()
    }

    def "presenting a refresh token that was already rotated revokes the whole session"() {
        given:
        def first = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        def second = f.sessionService.refresh(first.refreshToken())

        when: 'the old token comes back (a thief, or a replay)'
        f.sessionService.refresh(first.refreshToken())

        then:
        thrown(UnauthenticatedException)
        !f.sessionService.isActive(first.session())

        when: 'even the newest token no longer works'
        f.sessionService.refresh(second.refreshToken())

        then:
        thrown(UnauthenticatedException)
    }

    def "refresh token '#token' is refused"() {
        when:
        f.sessionService.refresh(token)

        then:
        def failure = thrown(UnauthenticatedException)
        failure.code() == 'INVALID_REFRESH_TOKEN'

        where:
        token << [null, '', 'garbage', 'not-a-uuid.secret', "${UUID.randomUUID()}.secret", "${UUID.randomUUID()}."]
    }

    def "an expired session cannot be refreshed"() {
        given:
        def tokens = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        f.clock.advance(Duration.ofDays(7))

        when:
        f.sessionService.refresh(tokens.refreshToken())

        then:
        thrown(UnauthenticatedException)
    }

    def "after logout the session is inactive and its refresh token is refused"() {
        given:
        def tokens = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))

        when:
        f.sessionService.logout(tokens.session())

        then:
        !f.sessionService.isActive(tokens.session())

        when:
        f.sessionService.refresh(tokens.refreshToken())

        then:
        thrown(UnauthenticatedException)
    }

    def "signing out everywhere ends each of the user's sessions and no one else's"() {
        given:
        def first = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        def second = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        def ada = f.users.findByLogin('ada').get()
        f.accounts.register(new RegisterUserCommand('grace', 'grace@example.com', 'correct horse battery'))
        def grace = f.sessionService.login(new LoginCommand('grace', 'correct horse battery'))

        when:
        def ended = f.sessionService.logoutEverywhere(ada.id())

        then:
        ended == 2
        !f.sessionService.isActive(first.session())
        !f.sessionService.isActive(second.session())
        f.sessionService.isActive(grace.session())
        f.sessionService.logoutEverywhere(ada.id()) == 0
    }

    def "only the hash of a refresh token is stored"() {
        given:
        def tokens = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        Session session = f.sessions.findById(tokens.session()).get()

        expect:
        !tokens.refreshToken().contains(session.refreshTokenHash())
        session.refreshTokenHash() == SecretTokens.hash(tokens.refreshToken().substring(tokens.refreshToken().indexOf('.') + 1))
    }

    /** What each attempt answers: 'ok', 'invalid' or the seconds it must wait. */
    private String attempt(String login, String password) {
        try {
            f.sessionService.login(new LoginCommand(login, password))
            'ok'
        } catch (io.spendvault.domain.common.UnauthenticatedException ignored) {
            'invalid'
        } catch (io.spendvault.domain.common.TooManyAttemptsException wait) {
            "wait ${wait.retryAfter().seconds}s"
        }
    }

    def "after five failures each login waits twice as long, the right password too, and a success starts over"() {
        when:
        def answers = (1..6).collect { attempt('ada', 'wrong') }

        then: 'the sixth failure sets a one-second wait'
        answers == ['invalid'] * 6
        attempt('ada', 'correct horse battery') == 'wait 1s'

        when: 'after the wait, another failure doubles it; typing the e-mail address is the same account'
        f.clock.advance(Duration.ofSeconds(1))
        def seventh = attempt('ADA@example.com', 'wrong')

        then:
        seventh == 'invalid'
        attempt('ada', 'correct horse battery') == 'wait 2s'

        when:
        f.clock.advance(Duration.ofSeconds(2))

        then:
        attempt('ada', 'correct horse battery') == 'ok'
        attempt('ada', 'wrong') == 'invalid'
        attempt('ada', 'correct horse battery') == 'ok' // the count started over
    }

    def "a name without an account gets exactly the same answers, so the delay reveals nothing"() {
        expect:
        (1..7).collect { attempt('nobody', 'wrong') } == (1..7).collect { attempt('ada', 'wrong') }
    }

    def "failures are forgotten an hour after the last one"() {
        given:
        6.times { attempt('ada', 'wrong') }

        when:
        f.clock.advance(Duration.ofHours(1).plusSeconds(1))

        then:
        attempt('ada', 'wrong') == 'invalid'
        attempt('ada', 'correct horse battery') == 'ok'
    }
}
