package io.spendvault.domain.identity.port

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.Username
import spock.lang.Specification

import java.time.Instant
import java.time.temporal.ChronoUnit

/** What every {@link UserRepository} does; each feature starts with no accounts. */
abstract class UserRepositoryContract extends Specification {

    UserRepository users

    abstract UserRepository createRepository()

    def setup() {
        users = createRepository()
    }

    static Instant now = Instant.parse('2026-03-01T10:00:00Z')

    static User user(String name, String email = "${name}@example.com", Role role = Role.USER, Instant at = now) {
        User.register(new Username(name), new EmailAddress(email), '$argon2id$hash-of-' + name, role, at)
    }

    def "an inserted user is found by id, by username and by e-mail in any case"() {
        given:
        def ada = user('Ada_Lovelace', 'Ada@Example.com')

        when:
        users.insert(ada)

        then:
        users.findById(ada.id()).get() == ada
        users.findByLogin('ada_lovelace').get().id() == ada.id()
        users.findByLogin('ADA@EXAMPLE.COM').get().id() == ada.id()
        users.findByEmail(new EmailAddress('ada@example.com')).get().id() == ada.id()
        users.findByLogin('nobody').isEmpty()
    }

    def "a username that differs only in case is taken"() {
        given:
        users.insert(user('grace'))

        when:
        users.insert(user('GRACE', 'other@example.com'))

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == 'USERNAME_TAKEN'
    }

    def "an e-mail address that is already registered is taken"() {
        given:
        users.insert(user('grace', 'grace@example.com'))

        when:
        users.insert(user('hopper', 'GRACE@example.com'))

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == 'EMAIL_TAKEN'
    }

    def "an update keeps every field, and renaming onto another user's name is a conflict"() {
        given:
        def ada = user('ada')
        users.insert(ada)
        users.insert(user('alan'))
        def later = now.plus(1, ChronoUnit.HOURS)

        when:
        def renamed = ada.withProfile(new Username('ada_l'), new EmailAddress('ada.l@example.com'), later)
                .withPasswordHash('$argon2id$new', later).loggedInAt(later)
        users.update(renamed)

        then:
        users.findById(ada.id()).get() == renamed

        when:
        users.update(renamed.withProfile(new Username('Alan'), renamed.email(), later))

        then:
        thrown(ConflictException)
    }

    def "taken checks ignore the account itself"() {
        given:
        def ada = user('ada')
        users.insert(ada)

        expect:
        !users.usernameTaken(new Username('ADA'), ada.id())
        users.usernameTaken(new Username('ADA'), user('other').id())
        !users.emailTaken(ada.email(), ada.id())
        users.emailTaken(ada.email(), user('other').id())
    }

    def "whether an admin exists"() {
        expect:
        !users.anyAdmin()

        when:
        users.insert(user('user1'))

        then:
        !users.anyAdmin()

        when:
        users.insert(user('root_admin', 'root@example.com', Role.ADMIN))

        then:
        users.anyAdmin()
    }

    def "users are listed oldest first, a page at a time"() {
        given:
        (1..5).each { users.insert(user("user$it", "user$it@example.com", Role.USER, now.plusSeconds(it))) }

        when:
        def page = users.list(new PageRequest(2, 2))

        then:
        page.total() == 5
        page.items()*.username()*.value() == ['user3', 'user4']
        page.pages() == 3
    }
}
