package io.spendvault.adapters.persistence.admin

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.files.PostgresFileRepository
import io.spendvault.adapters.persistence.identity.IdentityTables
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.spending.PostgresPurchaseRepository
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.files.FileId
import io.spendvault.domain.files.StoredFile
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.UserQuery
import io.spendvault.domain.identity.Username
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseDetails
import jakarta.inject.Inject

import java.time.Instant
import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.function.Supplier

/**
 * What administrators read from the database: each account with what it holds, the server's counts, and
 * the lock that keeps two concurrent demotions from removing the last two administrators.
 */
@MicronautTest(transactional = false)
class PostgresAdministrationSpec extends PostgresSpecification {

    static final Instant NOW = Instant.parse('2026-03-15T10:00:00Z')
    static final Instant LAST_MONTH = Instant.parse('2026-02-27T10:00:00Z')

    @Inject PostgresUserRepository users
    @Inject PostgresFileRepository files
    @Inject PostgresPurchaseRepository purchases
    @Inject PostgresSystemStatistics statistics
    @Inject Transactions transactions

    def setup() {
        IdentityTables.clear()
    }

    def "the list and the overview show each account's uploads, bytes and purchases"() {
        given:
        def ada = account('ada', Role.USER, NOW)
        def grace = account('grace', Role.USER, NOW.plusSeconds(1))
        file(ada, 100, 'ab')
        file(ada, 250, 'cd')
        3.times { purchases.insert(purchase(ada)) }
        purchases.insert(purchase(grace))

        when:
        def page = users.list(UserQuery.all(new PageRequest(1, 10)))

        then:
        page.total() == 2
        page.items().collect { [it.user().username().value(), it.totalUploads(), it.totalStorageUsed(), it.totalPurchases()] } ==
                [['ada', 2, 350, 3], ['grace', 0, 0, 1]]
        users.overview(ada).get().totalStorageUsed() == 350
        users.overview(grace).get().totalPurchases() == 1
    }

    def "the server's counts: accounts, files, distinct content, quotas and purchases"() {
        given: 'an admin and a user this month, an inactive user from last month with a 1,000-byte quota'
        def root = account('root', Role.ADMIN, NOW)
        def ada = account('ada', Role.USER, NOW)
        def old = account('old', Role.USER, LAST_MONTH)
        users.update(users.findById(old).get().administered(Role.USER, false, 1_000L, NOW))

        and: 'the same 100 bytes uploaded twice, 50 others last month'
        file(ada, 100, 'ab', NOW)
        file(root, 100, 'ab', NOW)
        file(old, 50, 'cd', LAST_MONTH)
        2.times { purchases.insert(purchase(ada)) }

        when:
        def counts = statistics.count(NOW)

        then:
        counts.users().total() == 3
        counts.users().active() == 2
        counts.users().admins() == 1
        counts.users().newThisMonth() == 2
        counts.files().total() == 3
        counts.files().totalSize() == 250
        counts.files().uploadsThisMonth() == 2
        counts.storage().logicalBytes() == 250
        counts.storage().storedBytes() == 150
        counts.storage().ownQuotaBytes() == 1_000
        counts.storage().accountsOnDefaultQuota() == 2
        counts.purchases() == 2
    }

    def "a second transaction locking the administrators waits for the first and sees its demotion"() {
        given:
        def first = account('root1', Role.ADMIN, NOW)
        account('root2', Role.ADMIN, NOW)
        def locked = new CountDownLatch(1)
        def release = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(2)

        when: 'A counts two, demotes one, and holds its transaction open'
        def a = pool.submit({
            transactions.inTransaction({
                def before = users.lockActiveAdmins()
                users.update(users.lockById(first).get().administered(Role.USER, true, null, NOW))
                locked.countDown()
                release.await(10, TimeUnit.SECONDS)
                before
            } as Supplier<Integer>)
        } as Callable<Integer>)
        locked.await(10, TimeUnit.SECONDS)
        def b = pool.submit({ transactions.inTransaction({ users.lockActiveAdmins() } as Supplier<Integer>) } as Callable<Integer>)
        Thread.sleep(300)

        then: 'B waits on the lock'
        !b.isDone()

        when:
        release.countDown()

        then:
        a.get(10, TimeUnit.SECONDS) == 2
        b.get(10, TimeUnit.SECONDS) == 1

        cleanup:
        pool.shutdownNow()
    }

    private UserId account(String name, Role role, Instant at) {
        def user = User.register(new Username(name), new EmailAddress("${name}@example.com"), 'hash', role, at)
        users.insert(user)
        user.id()
    }

    private void file(UserId owner, long size, String hex, Instant at = NOW) {
        files.insert(new StoredFile(FileId.random(), owner, 'f.pdf', 'f.pdf', 'application/pdf', size,
                new ContentHash(hex * 32), null, at, at))
    }

    private static Purchase purchase(UserId owner) {
        Purchase.create(owner, PurchaseDetails.builder(CurrencyCode.USD).productName('Kettle').price(25.00G)
                .purchaseDate(LocalDate.parse('2024-03-01')).build(), Instant.now())
    }
}
