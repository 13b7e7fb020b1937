package io.spendvault.adapters.persistence.analytics

import groovy.json.JsonSlurper
import io.micronaut.data.jdbc.runtime.JdbcOperations
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.identity.IdentityTables
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.spending.PostgresPurchaseRepository
import io.spendvault.adapters.persistence.spending.PostgresWarrantyRepository
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.analytics.AnalyticsScope
import io.spendvault.domain.analytics.Granularity
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.Sort
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.PurchaseQuery
import io.spendvault.domain.spending.VendorKind
import jakarta.inject.Inject
import spock.lang.Shared

import java.lang.reflect.InvocationHandler
import java.lang.reflect.Method
import java.lang.reflect.Proxy
import java.sql.PreparedStatement
import java.time.LocalDate
import java.time.YearMonth

/**
 * Every statement behind the analytics endpoints, run with EXPLAIN ANALYZE on a server of many users:
 * none may read another user's rows. Each statement is captured as the adapter sends it (same SQL, same
 * parameters), with the custom plan PostgreSQL makes for the values and with the generic plan it switches
 * to once the driver has prepared the statement; no plan may scan sequentially, read more than the
 * caller's rows of a table per loop (purchases found through an index on {@code user_id}), or join
 * quadratically (discard more row pairs than the caller has purchases).
 */
@MicronautTest(transactional = false)
class AnalyticsQueryPlansSpec extends PostgresSpecification {

    static final int USERS = 150
    static final int PURCHASES_EACH = 400
    static final LocalDate TODAY = LocalDate.parse('2026-03-01')
    static final CurrencyCode EUR = new CurrencyCode("EUR")

    @Inject JdbcOperations jdbc
    @Inject Transactions transactions
    @Inject PostgresUserRepository users

    @Shared UserId me
    @Shared Map<String, Long> mine = [:]

    /** The plans of the statements run so far: [sql, plan (EXPLAIN's JSON, parsed)]. */
    List<Map> explained = []

    def setupSpec() {
        IdentityTables.clear()
    }

    def setup() {
        if (me != null) {
            return
        }
        def owners = (1..USERS).collect { TestUsers.insertOne(users) }
        me = owners[USERS.intdiv(2)]
        PostgresTestServer.get().connect().withCloseable { connection ->
            def statement = connection.createStatement()
            owners.each { owner -> statement.execute(generated(owner.value())) }
            statement.execute('SELECT fold_purchase_totals()') // as the server does every few seconds
            statement.execute('ANALYZE retailers; ANALYZE brands; ANALYZE purchases; ANALYZE warranties; ANALYZE files; ANALYZE purchase_files; '
                    + 'ANALYZE purchase_day_totals; ANALYZE purchase_group_totals')
            ['purchases', 'warranties', 'retailers', 'brands', 'purchase_files', 'purchase_counts', 'purchase_day_totals',
             'purchase_group_totals'].each { table ->
                def filter = table == 'purchase_files' ? "purchase_id IN (SELECT id FROM purchases WHERE user_id = '${me.value()}')" : "user_id = '${me.value()}'"
                def rows = statement.executeQuery("SELECT count(*) FROM $table WHERE $filter")
                rows.next()
                mine[table] = rows.getLong(1)
            }
        }
    }

    /** One user's data: vendors, purchases over ten years in three currencies, a warranty for every third. */
    private static String generated(UUID owner) {
        """
        INSERT INTO retailers (id, user_id, name, created_at, updated_at)
            SELECT gen_random_uuid(), '$owner', 'Shop ' || n, now(), now() FROM generate_series(1, 40) n;
        INSERT INTO brands (id, user_id, name, created_at, updated_at)
            SELECT gen_random_uuid(), '$owner', 'Brand ' || n, now(), now() FROM generate_series(1, 40) n;
        INSERT INTO purchases (id, user_id, product_name, price, currency_code, purchase_date, category, retailer_id, brand_id,
                               tax_deductible, quantity, created_at, updated_at)
            SELECT gen_random_uuid(), '$owner', 'Product ' || (n % 300), (1 + n * 31 % 99_997) * (CASE WHEN n % 4 = 3 THEN 1 ELSE 0.01 END),
                   (ARRAY['EUR', 'EUR', 'USD', 'JPY'])[1 + n % 4],
                   date '2016-03-01' + (n * 7919 % 3650), (ARRAY['Food', 'food', 'Garden', 'Office', NULL])[1 + n % 5],
                   (SELECT id FROM retailers WHERE user_id = '$owner' ORDER BY name OFFSET n % 41 LIMIT 1),
                   (SELECT id FROM brands WHERE user_id = '$owner' ORDER BY name OFFSET n % 43 LIMIT 1),
                   n % 6 = 0, 1 + n % 3, now() - n * interval '1 minute', now()
            FROM generate_series(1, $PURCHASES_EACH) n;
        INSERT INTO warranties (id, user_id, purchase_id, warranty_start, warranty_end, status, created_at, updated_at)
            SELECT gen_random_uuid(), '$owner', p.id, p.purchase_date, greatest(p.purchase_date, date '2026-03-01' + (row_number() OVER () % 400)::int - 100),
                   (ARRAY['ACTIVE', 'ACTIVE', 'EXPIRED', 'VOIDED'])[1 + (row_number() OVER () % 4)::int], now() - row_number() OVER () * interval '1 second', now()
            FROM purchases p WHERE p.user_id = '$owner' AND p.quantity = 2;
        INSERT INTO files (id, user_id, filename, original_filename, content_type, file_size, content_hash, upload_date, updated_at)
            SELECT gen_random_uuid(), '$owner', 'receipt-' || n || '.pdf', 'receipt.pdf', 'application/pdf', 1000 + n,
                   encode(sha256(('$owner' || n)::bytea), 'hex'), now(), now() FROM generate_series(1, ${PURCHASES_EACH.intdiv(10)}) n;
        INSERT INTO purchase_files (purchase_id, file_id, file_type, uploaded_for_purchase, attached_at)
            SELECT p.id, f.id, 'RECEIPT', true, now()
            FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM purchases WHERE user_id = '$owner') p
            JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM files WHERE user_id = '$owner') f ON f.n * 10 = p.n;
        """
    }

    def "#figure reads only the caller's rows, #planning"() {
        when:
        transactions.inTransaction {
            if (planning == 'generic plan') { // what PostgreSQL switches to once the driver has prepared a statement
                jdbc.prepareStatement('SET LOCAL plan_cache_mode = force_generic_plan', { it.execute() } as PreparedStatementCallback)
            }
            run(new Explaining())
        }

        then:
        !explained.isEmpty()
        explained.every { statement -> readsOnlyMine(statement) }

        where:
        [figure, run, planning] << FIGURES.collectMany { figure, run -> ['custom plan', 'generic plan'].collect { [figure, run, it] } }
    }

    static final Map<String, Closure> FIGURES = [
            'summary': { Explaining x -> x.analytics.summary(x.scope(), TODAY, 30) },
            'summary, dated': { Explaining x -> x.analytics.summary(x.dated(), TODAY, 30) },
            'spending per month': { Explaining x -> x.analytics.monthly(x.scope(), YearMonth.of(2025, 4), YearMonth.of(2026, 3)) },
            'categories': { Explaining x -> x.analytics.categories(x.dated()) },
            'retailers': { Explaining x -> x.analytics.vendors(x.scope(), VendorKind.RETAILER, 10) },
            'brands': { Explaining x -> x.analytics.vendors(x.dated(), VendorKind.BRAND, 10) },
            'top products': { Explaining x -> x.analytics.topProducts(x.scope(), 10) },
            'by period': { Explaining x -> x.analytics.byPeriod(x.dated(), LocalDate.parse('2024-01-01'), LocalDate.parse('2024-12-31'), Granularity.WEEK) },
            'warranty summary': { Explaining x -> x.analytics.warranties(x.scope(), TODAY, 30) },
            'warranty timeline': { Explaining x -> x.analytics.warrantyTimeline(x.scope(), TODAY, YearMonth.of(2026, 3), YearMonth.of(2027, 2), 20) },
            'categories, undated': { Explaining x -> x.analytics.categories(x.scope()) },
            'summary, from a date on': { Explaining x -> x.analytics.summary(new AnalyticsScope(x.owner(), EUR, LocalDate.parse('2025-01-01'), null), TODAY, 7) },
            'tax': { Explaining x -> x.analytics.taxDeductions(new AnalyticsScope(x.owner(), EUR, LocalDate.parse('2025-01-01'), LocalDate.parse('2025-12-31'))) },
            'expensive purchases': { Explaining x -> x.purchases.list(x.owner(), x.top(PurchaseQuery.SortBy.SPENT, EUR), TODAY) },
            'recent purchases': { Explaining x -> x.purchases.list(x.owner(), x.top(PurchaseQuery.SortBy.PURCHASE_DATE, null), TODAY) },
            'recent warranties': { Explaining x -> x.warranties.recent(x.owner(), TODAY, new PageRequest(1, 10)) }
    ]

    def "the check can fail: a statement over every user's purchases is caught"() {
        when:
        transactions.inTransaction {
            new Explaining().jdbc.prepareStatement('SELECT count(*) FROM purchases WHERE price > ?', { PreparedStatement s ->
                s.setBigDecimal(1, 0G)
                s.executeQuery()
            } as PreparedStatementCallback)
        }

        then:
        explained.size() == 1
        !readsOnlyMine(explained[0], false)
    }

    /** No sequential scan, and no scan reading more rows per loop than the caller has in its table. */
    private boolean readsOnlyMine(Map statement, boolean loud = true) {
        def problems = []
        nodes(statement.plan[0].Plan).each { node ->
            if ((node['Rows Removed by Join Filter'] ?: 0) > mine.purchases) { // pairs every row with every other: quadratic
                problems << "${node['Node Type']} discarding ${node['Rows Removed by Join Filter']} row pairs"
            }
            String table = node['Relation Name']
            if (table == null) {
                return
            }
            long read = (node['Actual Rows'] ?: 0) + (node['Rows Removed by Filter'] ?: 0) + (node['Rows Removed by Index Recheck'] ?: 0)
            if (node['Node Type'] == 'Seq Scan') {
                problems << "a sequential scan of $table"
            }
            if (read > (mine[table] ?: 0)) {
                problems << "$read rows of $table read per loop, the caller has ${mine[table]}"
            }
            def condition = node['Index Cond'] ?: node['Recheck Cond'] ?: ''
            if (table == 'purchases' && !(condition.contains('user_id') || condition.contains('(id = '))) {
                problems << "purchases not found by user_id or id: $condition"
            }
        }
        if (problems && loud) {
            println "${statement.sql}\n${problems.join('\n')}"
        }
        problems.isEmpty()
    }

    private static List<Map> nodes(Map plan) {
        [plan] + (plan.Plans ?: []).collectMany { nodes(it as Map) }
    }

    /** The adapters under test, over a JdbcOperations that explains every query it runs before running it. */
    class Explaining {
        final JdbcOperations jdbc = [prepareStatement: { String sql, PreparedStatementCallback callback ->
            AnalyticsQueryPlansSpec.this.jdbc.prepareStatement(sql, { PreparedStatement real ->
                def explain = real.connection.prepareStatement('EXPLAIN (ANALYZE, FORMAT JSON) ' + sql)
                callback.call(Proxy.newProxyInstance(getClass().classLoader, [PreparedStatement] as Class[], { proxy, Method method, Object[] args ->
                    if (method.name.startsWith('set')) {
                        method.invoke(explain, args)
                    } else if (method.name == 'executeQuery') {
                        def plan = explain.executeQuery()
                        plan.next()
                        explained << [sql: sql, plan: new JsonSlurper().parseText(plan.getString(1))]
                    }
                    method.invoke(real, args)
                } as InvocationHandler) as PreparedStatement)
            } as PreparedStatementCallback)
        }] as JdbcOperations
        final PostgresSpendingAnalytics analytics = new PostgresSpendingAnalytics(jdbc)
        final PostgresPurchaseRepository purchases = new PostgresPurchaseRepository(jdbc)
        final PostgresWarrantyRepository warranties = new PostgresWarrantyRepository(jdbc)

        UserId owner() {
            me
        }

        AnalyticsScope scope() {
            new AnalyticsScope(me, EUR, null, null)
        }

        AnalyticsScope dated() {
            new AnalyticsScope(me, EUR, LocalDate.parse('2023-06-01'), LocalDate.parse('2025-05-31'))
        }

        PurchaseQuery top(PurchaseQuery.SortBy by, CurrencyCode currency) {
            new PurchaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, currency, Sort.descending(by), new PageRequest(1, 10))
        }
    }
}
