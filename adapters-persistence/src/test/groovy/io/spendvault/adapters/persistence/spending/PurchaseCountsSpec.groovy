package io.spendvault.adapters.persistence.spending

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.Sort
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.PurchaseQuery
import jakarta.inject.Inject

import java.time.Instant
import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.Executors

/**
 * The total of an unfiltered purchase list comes from the counts the database keeps (V9), not from
 * counting the rows: it must stay exactly the number of rows through concurrent inserts and deletes,
 * bulk statements, rollbacks and the deletion of the user.
 */
@MicronautTest(transactional = false)
class PurchaseCountsSpec extends PostgresSpecification {

    static final LocalDate TODAY = LocalDate.parse('2025-06-15')

    @Inject PostgresPurchaseRepository purchases
    @Inject PostgresUserRepository users
    @Inject Transactions transactions

    UserId ada
    UserId grace

    def setup() {
        ada = TestUsers.insertOne(users)
        grace = TestUsers.insertOne(users)
    }

    def "eight writers inserting and deleting at once: the listed total is the number of rows, for each user"() {
        given:
        def pool = Executors.newFixedThreadPool(8)

        when:
        def work = (1..8).collect { writer ->
            { ->
                def mine = []
                60.times { n ->
                    def owner = n % 3 == 0 ? grace : ada
                    transactions.inTransaction {
                        def bought = purchase(owner)
                        purchases.insert(bought)
                        if (n % 4 == 0) {
                            purchases.insert(purchase(owner)) // two in one transaction
                        }
                        mine << bought
                    }
                    if (n % 5 == 0) {
                        transactions.inTransaction { purchases.delete(mine.remove(0).id()) }
                    }
                }
            } as Callable
        }
        pool.invokeAll(work).each { it.get() }
        pool.shutdown()

        then:
        total(ada) == rows(ada)
        total(grace) == rows(grace)
        rows(ada) > 0
        rows(grace) > 0
    }

    def "a bulk insert, a rolled-back transaction and a bulk delete keep the total exact"() {
        given:
        3.times { purchases.insert(purchase(ada)) }

        when: 'a transaction that fails after its inserts'
        try {
            transactions.inTransaction {
                purchases.insert(purchase(ada))
                throw new IllegalStateException('half-way')
            }
        } catch (IllegalStateException ignored) {
        }

        then:
        total(ada) == 3

        when: 'rows written by SQL, as an import or migration would'
        sql("INSERT INTO purchases (id, user_id, product_name, price, currency_code, purchase_date, created_at, updated_at) "
                + "SELECT gen_random_uuid(), '${ada.value()}', 'Bulk ' || n, 1, 'USD', date '2025-01-01', now(), now() FROM generate_series(1, 500) n")
        sql("DELETE FROM purchases WHERE user_id = '${ada.value()}' AND product_name LIKE 'Bulk 1%'")

        then:
        total(ada) == rows(ada)
        rows(ada) == 3 + 500 - 111   // Bulk 1, 10–19, 100–199
    }

    def "deleting a user deletes its purchases and their counts"() {
        given:
        5.times { purchases.insert(purchase(grace)) }

        when:
        sql("DELETE FROM users WHERE id = '${grace.value()}'")

        then:
        count("SELECT count(*) FROM purchase_counts WHERE user_id = '${grace.value()}'") == 0
        rows(grace) == 0
    }

    private long total(UserId owner) {
        def query = new PurchaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
                Sort.descending(PurchaseQuery.SortBy.CREATED_AT), new PageRequest(1, 1))
        purchases.list(owner, query, TODAY).total()
    }

    private long rows(UserId owner) {
        count("SELECT count(*) FROM purchases WHERE user_id = '${owner.value()}'")
    }

    private static long count(String query) {
        PostgresTestServer.get().number(query)
    }

    private static void sql(String statement) {
        PostgresTestServer.get().execute(statement)
    }

    private static Purchase purchase(UserId owner) {
        Purchase.create(owner, PurchaseDetails.builder(CurrencyCode.USD).productName('Kettle').price(25.00G)
                .purchaseDate(LocalDate.parse('2024-03-01')).build(), Instant.now())
    }
}
