package io.spendvault.adapters.persistence.analytics

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.spending.PostgresPurchaseRepository
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseDetails

import jakarta.inject.Inject

import java.sql.Connection
import java.time.Instant
import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.CompletableFuture
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean

/**
 * The running purchase totals (V15) the analytics read: after any mix of concurrent inserts, edits, deletes,
 * rollbacks and folds they are exactly what adding up the purchases gives, and folding leaves one row per key
 * without ever waiting for a writer.
 */
@MicronautTest(transactional = false)
class PurchaseTotalsSpec extends PostgresSpecification {

    static final List<String> CATEGORIES = ['Food', 'food', 'Garden', null]
    static final List<String> CURRENCIES = ['EUR', 'USD', 'JPY']

    @Inject PostgresPurchaseRepository purchases
    @Inject PostgresUserRepository users
    @Inject PurchaseTotalsFolder folder
    @Inject Transactions transactions

    UserId ada
    UserId grace

    def setup() {
        ada = TestUsers.insertOne(users)
        grace = TestUsers.insertOne(users)
    }

    def "eight writers inserting, editing and deleting while folds run: the totals are those of the purchases"() {
        given:
        def pool = Executors.newFixedThreadPool(9)
        def writing = new AtomicBoolean(true)
        def folds = pool.submit({ -> long moved = 0; while (writing.get()) { moved += folder.fold() }; moved } as Callable<Long>)

        when:
        def work = (1..8).collect { writer ->
            { ->
                def random = new Random(writer)
                def mine = []
                80.times { n ->
                    def owner = n % 3 == 0 ? grace : ada
                    transactions.inTransaction {
                        def bought = purchase(owner, random)
                        purchases.insert(bought)
                        if (n % 4 == 0) {
                            purchases.insert(purchase(owner, random)) // two in one transaction
                        }
                        mine << bought
                    }
                    if (n % 3 == 1) { // every figure-bearing field changes, the key moves to another row
                        def before = mine[random.nextInt(mine.size())] as Purchase
                        def after = before.changed(details(random), Instant.now())
                        transactions.inTransaction { purchases.update(after) }
                        mine[mine.indexOf(before)] = after
                    }
                    if (n % 5 == 0) {
                        transactions.inTransaction { purchases.delete(mine.remove(0).id()) }
                    }
                }
            } as Callable
        }
        pool.invokeAll(work).each { it.get() }
        writing.set(false)
        def moved = folds.get()
        pool.shutdown()

        then: 'exact with shards not folded yet, and after folding'
        folds.isDone()
        moved > 0
        mismatches() == []
        folder.fold() >= 0
        mismatches() == []

        and: 'folded: one row per key, none left for keys without purchases'
        rows("SELECT count(*) FROM purchase_day_totals WHERE shard >= 0 AND user_id IN ${mineOnly()}") == 0
        rows("SELECT count(*) FROM purchase_group_totals WHERE shard >= 0 AND user_id IN ${mineOnly()}") == 0
        rows("SELECT count(*) FROM purchase_day_totals WHERE items = 0 AND user_id IN ${mineOnly()}") == 0
        rows("SELECT count(*) FROM purchase_group_totals WHERE items = 0 AND user_id IN ${mineOnly()}") == 0
        rows("SELECT count(*) FROM purchase_day_totals WHERE user_id IN ${mineOnly()}") ==
                rows("SELECT count(DISTINCT (user_id, purchase_date, currency_code)) FROM purchases WHERE user_id IN ${mineOnly()}")
    }

    def "a rolled-back transaction adds nothing, an edit of the notes writes nothing, SQL bulk statements count"() {
        given:
        def random = new Random(3)
        def kept = purchase(ada, random)
        purchases.insert(kept)
        folder.fold()
        def before = snapshot()

        when:
        try {
            transactions.inTransaction {
                purchases.insert(purchase(ada, random))
                purchases.update(kept.changed(details(random), Instant.now()))
                throw new IllegalStateException('half-way')
            }
        } catch (IllegalStateException ignored) {
        }
        purchases.update(kept.changed(kept.details().toBuilder().notes('only the notes').build(), Instant.now()))

        then:
        snapshot() == before

        when: 'rows written and removed by SQL, as an import or a reset would'
        sql("INSERT INTO purchases (id, user_id, product_name, price, currency_code, purchase_date, category, quantity, created_at, updated_at) "
                + "SELECT gen_random_uuid(), '${ada.value()}', 'Bulk ' || (n % 7), n, 'KWD', date '2024-02-29' + n % 3, 'Bulk', 1 + n % 2, now(), now() "
                + "FROM generate_series(1, 300) n")
        sql("UPDATE purchases SET category = 'Moved', price = price * 2 WHERE user_id = '${ada.value()}' AND product_name = 'Bulk 3'")
        sql("DELETE FROM purchases WHERE user_id = '${ada.value()}' AND product_name = 'Bulk 5'")

        then:
        mismatches() == []
    }

    def "a fold never waits for a writer: rows a transaction holds stay for the next fold; one fold runs at a time"() {
        given: 'unfolded rows of a user, held by an open transaction'
        def random = new Random(5)
        folder.fold()
        3.times { purchases.insert(purchase(grace, random)) }
        def holder = PostgresTestServer.get().connect()
        holder.autoCommit = false
        holder.createStatement().executeQuery(
                "SELECT 1 FROM purchase_day_totals WHERE user_id = '${grace.value()}' AND shard >= 0 FOR UPDATE").close()

        when:
        def fold = CompletableFuture.supplyAsync { folder.fold() }
        fold.get(10, TimeUnit.SECONDS)

        then: 'it returned at once and left the held rows'
        rows("SELECT count(*) FROM purchase_day_totals WHERE user_id = '${grace.value()}' AND shard >= 0") > 0
        mismatches() == []

        when: 'another fold is running (it holds the fold lock)'
        def other = PostgresTestServer.get().connect()
        other.autoCommit = false
        other.createStatement().execute('SELECT pg_advisory_xact_lock(hashtext(\'fold_purchase_totals\'))')

        then:
        CompletableFuture.supplyAsync { folder.fold() }.get(10, TimeUnit.SECONDS) == 0

        when: 'both are done'
        [holder, other].each { Connection it -> it.commit(); it.close() }
        folder.fold()

        then:
        rows("SELECT count(*) FROM purchase_day_totals WHERE user_id = '${grace.value()}' AND shard >= 0") == 0
        mismatches() == []
    }

    def "a fold leaves alone the totals of a user being deleted, and the deletion goes through"() {
        given: 'unfolded rows of a user whose row a deletion has locked (its first step)'
        def random = new Random(6)
        folder.fold()
        3.times { purchases.insert(purchase(grace, random)); purchases.insert(purchase(ada, random)) }
        def deleting = PostgresTestServer.get().connect()
        deleting.autoCommit = false
        deleting.createStatement().executeQuery("SELECT 1 FROM users WHERE id = '${grace.value()}' FOR UPDATE").close()

        when:
        CompletableFuture.supplyAsync { folder.fold() }.get(10, TimeUnit.SECONDS)

        then: 'the fold did not wait for the user row: it moved the others and left this user for later'
        rows("SELECT count(*) FROM purchase_day_totals WHERE user_id = '${grace.value()}' AND shard >= 0") > 0
        rows("SELECT count(*) FROM purchase_day_totals WHERE user_id = '${ada.value()}' AND shard >= 0") == 0

        when:
        deleting.createStatement().execute("DELETE FROM users WHERE id = '${grace.value()}'")
        deleting.commit()
        deleting.close()

        then:
        rows("SELECT count(*) FROM purchase_day_totals WHERE user_id = '${grace.value()}'") == 0
        rows("SELECT count(*) FROM purchase_group_totals WHERE user_id = '${grace.value()}'") == 0
        mismatches() == []
    }

    def "deleting a user deletes its totals and changes no one else's"() {
        given:
        def random = new Random(7)
        5.times { purchases.insert(purchase(grace, random)); purchases.insert(purchase(ada, random)) }

        when:
        sql("DELETE FROM users WHERE id = '${grace.value()}'")

        then:
        rows("SELECT count(*) FROM purchase_day_totals WHERE user_id = '${grace.value()}'") == 0
        rows("SELECT count(*) FROM purchase_group_totals WHERE user_id = '${grace.value()}'") == 0
        rows("SELECT sum(items) FROM purchase_day_totals WHERE user_id = '${ada.value()}'") == 5
        mismatches() == []
    }

    /** Keys of the two users whose totals differ from adding up their purchases (empty: all exact). */
    private List<String> mismatches() {
        def days = """
            SELECT coalesce(t.purchase_date, p.purchase_date)::text FROM
              (SELECT user_id, purchase_date, currency_code, sum(items) AS items, sum(spent) AS spent, sum(price_sum) AS price_sum,
                      sum(deductible) AS deductible, sum(deductible_spent) AS deductible_spent
               FROM purchase_day_totals WHERE user_id IN ${mineOnly()} GROUP BY 1, 2, 3 HAVING sum(items) <> 0) t
            FULL JOIN
              (SELECT user_id, purchase_date, currency_code, count(*) AS items, sum(price * quantity) AS spent, sum(price) AS price_sum,
                      count(*) FILTER (WHERE tax_deductible) AS deductible,
                      coalesce(sum(price * quantity) FILTER (WHERE tax_deductible), 0) AS deductible_spent
               FROM purchases WHERE user_id IN ${mineOnly()} GROUP BY 1, 2, 3) p
            ON (t.user_id, t.purchase_date, t.currency_code) = (p.user_id, p.purchase_date, p.currency_code)
            WHERE (t.items, t.spent, t.price_sum, t.deductible, t.deductible_spent)
                  IS DISTINCT FROM (p.items, p.spent, p.price_sum, p.deductible, p.deductible_spent)"""
        def groups = """
            SELECT coalesce(t.dimension, p.dimension) || ' ' || coalesce(t.group_key, p.group_key, '(none)') FROM
              (SELECT user_id, dimension, group_key, currency_code, sum(items) AS items, sum(spent) AS spent, sum(price_sum) AS price_sum
               FROM purchase_group_totals WHERE user_id IN ${mineOnly()} GROUP BY 1, 2, 3, 4 HAVING sum(items) <> 0) t
            FULL JOIN
              (SELECT p.user_id, k.dimension, k.group_key, p.currency_code, count(*) AS items, sum(p.price * p.quantity) AS spent,
                      sum(p.price) AS price_sum
               FROM purchases p CROSS JOIN LATERAL (VALUES ('category', lower(p.category)), ('product', lower(p.product_name)),
                    ('retailer', p.retailer_id::text), ('brand', p.brand_id::text)) AS k (dimension, group_key)
               WHERE p.user_id IN ${mineOnly()} GROUP BY 1, 2, 3, 4) p
            ON t.user_id = p.user_id AND t.dimension = p.dimension AND t.group_key IS NOT DISTINCT FROM p.group_key
               AND t.currency_code = p.currency_code
            WHERE (t.items, t.spent, t.price_sum) IS DISTINCT FROM (p.items, p.spent, p.price_sum)"""
        PostgresTestServer.get().connect().withCloseable { connection ->
            [days, groups].collectMany { query ->
                def found = connection.createStatement().executeQuery(query)
                def keys = []
                while (found.next()) {
                    keys << found.getString(1)
                }
                keys
            }
        }
    }

    /** Every totals row of the two users, as text (to compare before and after). */
    private List<String> snapshot() {
        PostgresTestServer.get().connect().withCloseable { connection ->
            def found = connection.createStatement().executeQuery(
                    "SELECT t::text FROM purchase_day_totals t WHERE user_id IN ${mineOnly()} "
                            + "UNION ALL SELECT t::text FROM purchase_group_totals t WHERE user_id IN ${mineOnly()} ORDER BY 1")
            def all = []
            while (found.next()) {
                all << found.getString(1)
            }
            all
        }
    }

    private String mineOnly() {
        "('${ada.value()}', '${grace.value()}')"
    }

    private static long rows(String query) {
        PostgresTestServer.get().number(query)
    }

    private static void sql(String statement) {
        PostgresTestServer.get().execute(statement)
    }

    private static Purchase purchase(UserId owner, Random random) {
        Purchase.create(owner, details(random), Instant.now())
    }

    /** A purchase on one of a few days, in one of three currencies, categories and names, sometimes deductible. */
    private static PurchaseDetails details(Random random) {
        def currency = new CurrencyCode(CURRENCIES[random.nextInt(CURRENCIES.size())])
        PurchaseDetails.builder(currency).productName("Kettle ${random.nextInt(3)}")
                .price(new BigDecimal(1 + random.nextInt(10_000)).movePointLeft(currency.minorUnits()))
                .purchaseDate(LocalDate.parse('2024-02-27').plusDays(random.nextInt(4)))
                .category(CATEGORIES[random.nextInt(CATEGORIES.size())]).quantity(1 + random.nextInt(3))
                .taxDeductible(random.nextInt(4) == 0).build()
    }
}
