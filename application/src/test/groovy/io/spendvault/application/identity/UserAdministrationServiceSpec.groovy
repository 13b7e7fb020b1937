package io.spendvault.application.identity

import io.spendvault.application.common.port.in.FieldChange
import io.spendvault.application.identity.port.in.AdministerUsersUseCase.UpdateUserCommand
import io.spendvault.application.identity.port.in.RegisterUserUseCase.RegisterUserCommand
import io.spendvault.domain.admin.AuditEntry
import io.spendvault.domain.admin.SystemCounts
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.UserQuery
import spock.lang.Specification

import static io.spendvault.application.identity.port.in.LoginUseCase.LoginCommand

class UserAdministrationServiceSpec extends Specification {

    def f = new IdentityFixture()
    UserId root
    UserId ada

    def setup() {
        f.accounts.ensureAdmin('root', 'root@example.com', 'an admin passphrase')
        root = f.users.findByLogin('root').get().id()
        ada = new UserId(f.accounts.register(new RegisterUserCommand('ada', 'ada@example.com', 'correct horse battery')).id())
    }

    private UpdateUserCommand change(UserId target, Map fields, UserId actor = root) {
        new UpdateUserCommand(actor, target,
                fields.containsKey('role') ? FieldChange.to(fields.role) : FieldChange.keep(),
                fields.containsKey('active') ? FieldChange.to(fields.active) : FieldChange.keep(),
                fields.containsKey('quota') ? FieldChange.to(fields.quota as Long) : FieldChange.keep())
    }

    def "a partial update changes only what was sent and writes one audit entry per changed field"() {
        when:
        def updated = f.administration.update(change(ada, [role: 'admin', quota: 1_048_576]))

        then:
        updated.user().role() == 'admin'
        updated.user().active()
        updated.storageQuota() == 1_048_576
        def entries = f.audit.list(new PageRequest(1, 10)).items()
        entries*.field() as Set == ['role', 'storage_quota'] as Set
        entries.every { it.actorUsername() == 'root' && it.targetUsername() == 'ada' && it.action() == AuditEntry.UPDATE_USER }
        entries.find { it.field() == 'role' }.with { [it.before(), it.after()] } == ['user', 'admin']
        entries.find { it.field() == 'storage_quota' }.with { [it.before(), it.after()] } == [null, '1048576']

        when: 'the same values again, and the quota back to the default'
        f.administration.update(change(ada, [role: 'admin']))
        f.administration.update(change(ada, [quota: null]))

        then: 'an unchanged field is not an entry'
        f.audit.entries.size() == 3
        f.audit.entries.last().with { [it.field(), it.before(), it.after()] } == ['storage_quota', '1048576', null]
        f.users.findById(ada).get().storageQuota() == null
    }

    def "deactivating ends every session of the account and its next login is refused"() {
        given:
        def tokens = f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))
        f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))

        when:
        f.administration.update(change(ada, [active: false]))

        then:
        !f.sessions.isActive(tokens.session(), f.clock.instant())
        f.sessions.sessions.values().every { it.userId() != ada || it.revokedAt() != null }

        when:
        f.sessionService.login(new LoginCommand('ada', 'correct horse battery'))

        then:
        thrown(io.spendvault.domain.common.AccessDeniedException)
    }

    def "the last active administrator can be neither demoted nor deactivated, by anyone"() {
        when:
        f.administration.update(change(root, [role: 'user']))

        then:
        def refused = thrown(ConflictException)
        refused.code() == 'LAST_ADMIN'

        when:
        f.administration.update(change(root, [active: false]))

        then:
        thrown(ConflictException)
        f.users.findById(root).get().isAdmin()
        f.users.findById(root).get().active()
        f.audit.entries.isEmpty()

        when: 'with a second administrator, the first may step down'
        f.administration.update(change(ada, [role: 'admin']))
        f.administration.update(change(root, [role: 'user'], ada))

        then:
        !f.users.findById(root).get().isAdmin()

        when: 'an inactive administrator does not count'
        f.administration.update(change(root, [role: 'admin', active: false], ada))
        f.administration.update(change(ada, [role: 'user'], ada))

        then:
        thrown(ConflictException)
    }

    def "#what is refused on its field, and nothing changes"() {
        when:
        f.administration.update(change(ada, fields))

        then:
        def problem = thrown(RuleViolationException)
        problem.field().get() == field
        f.users.findById(ada).get().role() == Role.USER
        f.audit.entries.isEmpty()

        where:
        what              | fields                       | field
        'an unknown role' | [role: 'superuser', quota: 5] | 'role'
        'a missing role'  | [role: null]                 | 'role'
        'a null is_active' | [active: null]              | 'is_active'
        'a negative quota' | [quota: -1]                 | 'storage_quota'
    }

    def "an unknown account is not found, in the view and in an update"() {
        when:
        f.administration.user(UserId.random())

        then:
        thrown(ResourceNotFoundException)

        when:
        f.administration.update(change(UserId.random(), [role: 'admin']))

        then:
        def missing = thrown(ResourceNotFoundException)
        missing.code() == 'USER_NOT_FOUND'
    }

    def "the list passes the query on and shows each account's own quota"() {
        given:
        f.administration.update(change(ada, [quota: 2_000]))

        when:
        def page = f.administration.listUsers(new UserQuery('ADA', null, null, UserQuery.DEFAULT_SORT, new PageRequest(1, 10)))

        then:
        page.items()*.user()*.username() == ['ada']
        page.items()[0].storageQuota() == 2_000
    }

    def "statistics add the default quota for every account without one and give the usage with one decimal"() {
        given: 'two accounts on the 10,000-byte default, one with 5,000 of its own; 6,000 bytes uploaded, 4,000 stored'
        f.counts = new SystemCounts(new SystemCounts.Users(3, 3, 1, 2), new SystemCounts.Files(7, 6_000, 4),
                new SystemCounts.Storage(6_000, 4_000, 5_000, 2), 11)

        when:
        def stats = f.administration.stats()

        then:
        stats.storage().quotaTotal() == 25_000
        stats.storage().dedupSavingsBytes() == 2_000
        stats.storage().usagePercentage() == 24.0
        stats.storage().usagePercentage().scale() == 1
        stats.users().newThisMonth() == 2
        stats.purchases() == 11
    }

    def "an empty server has no usage, and huge quotas do not overflow"() {
        expect:
        f.administration.stats().storage().usagePercentage() == 0.0

        when:
        f.counts = new SystemCounts(new SystemCounts.Users(2, 2, 1, 0), new SystemCounts.Files(0, 0, 0),
                new SystemCounts.Storage(0, 0, Long.MAX_VALUE, 2), 0)

        then:
        f.administration.stats().storage().quotaTotal() == Long.MAX_VALUE
    }
}
