package io.spendvault.domain.identity.port

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.Sort
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserQuery
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
        def page = users.list(UserQuery.all(new PageRequest(2, 2)))

        then:
        page.total() == 5
        page.items()*.user()*.username()*.value() == ['user3', 'user4']
        page.pages() == 3
    }

    def "the list finds text in the username or e-mail in any case, filters by role and activity, and sorts"() {
        given:
        users.insert(user('Grace_Hopper', 'grace@navy.example', Role.ADMIN, now.plusSeconds(3)))
        users.insert(user('alan', 'alan@BLETCHLEY.example', Role.USER, now.plusSeconds(1)))
        def inactive = user('bletchley_fan', 'fan@example.com', Role.USER, now.plusSeconds(2))
        users.insert(inactive)
        users.update(inactive.administered(Role.USER, false, null, now))
        users.update(users.findById(users.findByLogin('alan').get().id()).get().loggedInAt(now.plusSeconds(60)))

        expect:
        names(query('BLETCHLEY', null, null)) == ['alan', 'bletchley_fan']
        names(query('hopper', null, null)) == ['Grace_Hopper']
        names(query(null, Role.ADMIN, null)) == ['Grace_Hopper']
        names(query(null, null, false)) == ['bletchley_fan']
        names(query(null, Role.USER, true)) == ['alan']
        names(query('nobody', null, null)) == []
        names(query(null, null, null, Sort.ascending(UserQuery.SortBy.USERNAME))) == ['alan', 'bletchley_fan', 'Grace_Hopper']
        names(query(null, null, null, Sort.descending(UserQuery.SortBy.CREATED_AT))) == ['Grace_Hopper', 'bletchley_fan', 'alan']
        names(query(null, null, null, Sort.descending(UserQuery.SortBy.LAST_LOGIN))).first() == 'alan'
    }

    def "an overview has the account and its stats, and nothing for an unknown id"() {
        given:
        def ada = user('ada')
        users.insert(ada)

        expect:
        users.overview(ada.id()).get().user() == ada
        users.overview(ada.id()).get().totalUploads() == 0
        users.overview(io.spendvault.domain.identity.UserId.random()).isEmpty()
    }

    def "a deleted account is gone, its name free again, another account untouched"() {
        given:
        def ada = user('ada')
        def grace = user('grace')
        users.insert(ada)
        users.insert(grace)

        expect:
        users.delete(ada.id())
        !users.delete(ada.id())
        users.findById(ada.id()).isEmpty()
        !users.usernameTaken(ada.username(), null)
        users.findById(grace.id()).get() == grace
    }

    def "locking counts the active administrators only"() {
        given:
        users.insert(user('root1', 'r1@example.com', Role.ADMIN))
        def second = user('root2', 'r2@example.com', Role.ADMIN)
        users.insert(second)
        users.insert(user('plain'))
        users.update(second.administered(Role.ADMIN, false, null, now))

        expect:
        users.lockActiveAdmins() == 1
        users.lockById(second.id()).get().id() == second.id()
    }

    /** Runs inside the repository's own transaction where it needs one; the PostgreSQL spec overrides it. */
    protected List<String> names(UserQuery query) {
        users.list(query).items()*.user()*.username()*.value()
    }

    protected static UserQuery query(String search, Role role, Boolean active, Sort<UserQuery.SortBy> sort = UserQuery.DEFAULT_SORT) {
        new UserQuery(search, role, active, sort, new PageRequest(1, 50))
    }
}
