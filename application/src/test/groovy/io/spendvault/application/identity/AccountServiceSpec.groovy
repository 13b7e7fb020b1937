package io.spendvault.application.identity

import io.spendvault.application.common.port.in.FieldChange
import io.spendvault.application.identity.port.in.ManageProfileUseCase.ChangePasswordCommand
import io.spendvault.application.identity.port.in.ManageProfileUseCase.UpdateProfileCommand
import io.spendvault.application.identity.port.in.RegisterUserUseCase.RegisterUserCommand
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.InvalidRequestException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import spock.lang.Specification

import static io.spendvault.application.identity.port.in.LoginUseCase.LoginCommand

class AccountServiceSpec extends Specification {

    def f = new IdentityFixture()

    def "registering creates a user with a hashed password and the user role"() {
        when:
        def view = f.accounts.register(new RegisterUserCommand('Ada', 'Ada@Example.com', 'correct horse battery'))

        then:
        view.username() == 'Ada'
        view.email() == 'ada@example.com'
        view.role() == 'user'
        view.active()
        def stored = f.users.findById(new UserId(view.id())).get()
        stored.passwordHash() != 'correct horse battery'
        f.hasher.verify('correct horse battery', stored.passwordHash())
    }

    def "a taken #what is a conflict, whatever its case"() {
        given:
        f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))

        when:
        f.accounts.register(new RegisterUserCommand(username, email, 'another long secret'))

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == code

        where:
        what       | username | email                 | code
        'username' | 'ADA'    | 'other@example.com'   | 'USERNAME_TAKEN'
        'email'    | 'grace'  | 'ADA@EXAMPLE.COM'     | 'EMAIL_TAKEN'
    }

    def "a weak password is refused on the password field"() {
        when:
        f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'password1'))

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'password'
        f.users.findByLogin('ada').isEmpty()
    }

    def "a registration with a bad name, address and password names all three at once"() {
        when:
        f.accounts.register(new RegisterUserCommand('a', 'not-an-address', 'short'))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() as List == ['username', 'email', 'password']
        failure.message == 'Validation failed for 3 fields'
        f.users.findByLogin('a').isEmpty()
    }

    def "a profile update with a bad name and a bad address names both"() {
        given:
        def ada = f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))

        when:
        f.accounts.update(new UpdateProfileCommand(new UserId(ada.id()), FieldChange.to('no spaces allowed'),
                FieldChange.to('ada\u0000@example.com')))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() == ['username', 'email'] as Set
        f.users.findById(new UserId(ada.id())).get().email().value() == 'ada@example.com'
    }

    def "the profile shows the user and their storage usage"() {
        given:
        def ada = f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))

        when:
        def profile = f.accounts.profile(new UserId(ada.id()))

        then:
        profile.user() == ada
        profile.totalUploads() == 3
        profile.totalStorageUsed() == 1234
    }

    def "updating the profile changes only what is given and refuses another user's name"() {
        given:
        def ada = f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))
        f.accounts.register(new RegisterUserCommand('grace', 'grace@example.com', 'correct horse battery'))

        when:
        def updated = f.accounts.update(new UpdateProfileCommand(new UserId(ada.id()), FieldChange.keep(), FieldChange.to('Ada.L@example.com')))

        then:
        updated.username() == 'ada'
        updated.email() == 'ada.l@example.com'

        when:
        f.accounts.update(new UpdateProfileCommand(new UserId(ada.id()), FieldChange.to('Grace'), FieldChange.keep()))

        then:
        thrown(ConflictException)
    }

    def "changing the password needs the current one and revokes every other session"() {
        given:
        def ada = f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))
        def here = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        def elsewhere = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))

        when:
        f.accounts.changePassword(new ChangePasswordCommand(new UserId(ada.id()), here.session(), 'wrong', 'new long secret!'))

        then:
        def wrong = thrown(InvalidRequestException)
        wrong.message == 'Current password is incorrect'

        when:
        f.accounts.changePassword(new ChangePasswordCommand(new UserId(ada.id()), here.session(), 'correct horse battery', 'new long secret!'))

        then:
        f.sessionService.isActive(here.session())
        !f.sessionService.isActive(elsewhere.session())
        f.sessionService.login(new LoginCommand('ada', 'new long secret!')).user().username() == 'ada'
    }

    def "a weak new password is refused on the newPassword field"() {
        given:
        def ada = f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery'))

        when:
        f.accounts.changePassword(new ChangePasswordCommand(new UserId(ada.id()), null, 'correct horse battery', 'qwerty123'))

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'newPassword'
    }

    def "the first administrator is created from configuration only while there is none"() {
        expect:
        f.accounts.ensureAdmin('root', 'root@example.com', 'an admin passphrase')
        !f.accounts.ensureAdmin('root2', 'root2@example.com', 'an admin passphrase')
        f.users.findByLogin('root').get().isAdmin()
        f.users.findByLogin('root2').isEmpty()
    }
}
