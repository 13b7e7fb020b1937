package io.spendvault.adapters.persistence.spending

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.files.PostgresFileRepository
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.files.FileId
import io.spendvault.domain.files.StoredFile
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.Attachment
import io.spendvault.domain.spending.AttachmentType
import io.spendvault.domain.spending.BrandId
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.PurchaseQuery
import io.spendvault.domain.spending.Vendor
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.Warranty
import io.spendvault.domain.spending.WarrantyDetails
import io.spendvault.domain.spending.WarrantyStatus
import io.spendvault.domain.storage.ContentHash
import jakarta.inject.Inject

import java.time.Instant
import java.time.LocalDate
import java.time.temporal.ChronoUnit

/**
 * What only PostgreSQL does for purchases: foreign keys (vendor delete clears references, a vanished vendor is a
 * rule violation, a deleted file drops its links) and the indexes the lists rely on. The shared behaviour is
 * in {@link PostgresSpendingRepositoriesSpec}.
 */
@MicronautTest(transactional = false)
class PostgresPurchaseRepositorySpec extends PostgresSpecification {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS)
    static final LocalDate TODAY = LocalDate.parse('2025-06-15')

    @Inject PostgresPurchaseRepository purchases
    @Inject PostgresWarrantyRepository warranties
    @Inject PostgresAttachmentRepository attachments
    @Inject PostgresVendorRepository vendors
    @Inject PostgresFileRepository files
    @Inject PostgresUserRepository users

    UserId ada

    def setup() {
        ada = TestUsers.insertOne(users)
    }

    private Purchase purchase(Map fields = [:]) {
        def builder = PurchaseDetails.builder(new CurrencyCode(fields.currency as String ?: 'USD'))
                .productName(fields.name as String ?: 'Kettle').price(fields.price as BigDecimal ?: 25.0)
                .purchaseDate(LocalDate.parse(fields.date as String ?: '2024-03-01'))
        if (fields.configure) {
            (fields.configure as Closure).call(builder)
        }
        def stored = Purchase.create(fields.owner as UserId ?: ada, builder.build(), NOW)
        purchases.insert(stored)
        stored
    }

    private Warranty warranty(Purchase of, String end, WarrantyStatus status = WarrantyStatus.ACTIVE) {
        def record = Warranty.create(of.owner(), new WarrantyDetails(of.id(), of.details().purchaseDate(), LocalDate.parse(end),
                null, null, null, status), NOW)
        warranties.insert(record)
        record
    }

    def "deleting a vendor clears it on purchases, and the use count sees every purchase naming it"() {
        given:
        def shop = Vendor.create(VendorKind.RETAILER, ada, 'Shop', null, NOW)
        vendors.insert(shop)
        def first = purchase(configure: { it.retailerId(shop.id()) })
        purchase(configure: { it.retailerId(shop.id()) })

        expect:
        purchases.countUsing(shop.id()) == 2
        purchases.countUsing(new BrandId(shop.id().value())) == 0

        when:
        vendors.delete(shop.id())

        then:
        purchases.findById(first.id()).get().details().retailerId() == null
        purchases.overview(first.id(), TODAY).get().retailer() == null
    }

    def "a reference to a vendor that does not exist is a rule violation, not a server error"() {
        when:
        purchase(configure: { it.brandId(new BrandId(UUID.randomUUID())) })

        then:
        thrown(RuleViolationException)
    }

    def "deleting a purchase removes its warranties and attachment links; deleting a file removes its links"() {
        given:
        def kettle = purchase()
        def record = warranty(kettle, '2026-01-01')
        def receipt = file()
        def manual = file()
        attachments.insert(new Attachment(kettle.id(), receipt.id(), AttachmentType.RECEIPT, true, NOW))
        attachments.insert(new Attachment(kettle.id(), manual.id(), AttachmentType.MANUAL, false, NOW.plusSeconds(1)))

        expect:
        purchases.overview(kettle.id(), TODAY).get().attachmentsCount() == 2
        attachments.of(kettle.id())*.fileId() == [receipt.id(), manual.id()]
        attachments.isUploadedForPurchase(receipt.id())
        !attachments.isUploadedForPurchase(manual.id())

        when:
        attachments.insert(new Attachment(kettle.id(), receipt.id(), AttachmentType.OTHER, true, NOW))

        then:
        thrown(ConflictException)

        when:
        files.delete(manual.id())

        then:
        attachments.of(kettle.id())*.fileId() == [receipt.id()]

        when:
        purchases.delete(kettle.id())

        then:
        warranties.findById(record.id()).isEmpty()
        !attachments.isAttached(receipt.id())
        files.findById(receipt.id()).isPresent()
    }

    def "the list of one user among many reads its page off an index"() {
        given: 'enough rows that PostgreSQL prefers an index'
        def others = TestUsers.insertOne(users)
        PostgresTestServer.get().connect().withCloseable { connection ->
            connection.createStatement().execute("""
                INSERT INTO purchases (id, user_id, product_name, price, currency_code, purchase_date, created_at, updated_at)
                SELECT gen_random_uuid(), '${others.value()}', 'Item ' || n, n, 'USD', DATE '2020-01-01' + (n % 1000), now(), now()
                FROM generate_series(1, 20000) AS n""")
            connection.createStatement().execute('ANALYZE purchases')
        }
        purchase(name: 'Mine')

        when:
        def plan = explain("SELECT id FROM purchases p WHERE p.user_id = '${ada.value()}' ORDER BY p.purchase_date DESC, p.id DESC LIMIT 20")

        then:
        plan.contains('purchases_by_owner_purchase_date')
        purchases.list(ada, PurchaseQuery.all(PageRequest.first()), TODAY).items()*.purchase()*.details()*.productName() == ['Mine']

        and: 'text search uses the trigram index'
        explain("SELECT count(*) FROM purchases p WHERE lower(p.product_name || ' ' || coalesce(p.notes, '') || ' ' " +
                "|| coalesce(p.model_number, '') || ' ' || coalesce(p.serial_number, '')) LIKE '%item 1234%'").contains('purchases_search')

        and: 'price order uses its own index'
        explain("SELECT id FROM purchases p WHERE p.user_id = '${others.value()}' ORDER BY p.price ASC, p.id ASC LIMIT 20")
                .contains('purchases_by_owner_price')

        and: 'a page by cursor deep in the list reads on from the index: no sort, nothing read and thrown away'
        def deep = explain("ANALYZE SELECT id FROM purchases p WHERE p.user_id = '${others.value()}' " +
                "AND (p.purchase_date, p.id) < (DATE '2020-06-01', '${UUID.randomUUID()}') ORDER BY p.purchase_date DESC, p.id DESC LIMIT 20")
        deep.contains('purchases_by_owner_purchase_date')
        !deep.contains('Sort')
        !deep.contains('Rows Removed')
        deep =~ /Index (Only )?Scan.*\(actual time=[0-9.]+ rows=20 loops=1\)/

        cleanup:
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute("DELETE FROM purchases WHERE user_id = '${others.value()}'") }
    }

    private StoredFile file() {
        def at = NOW
        def stored = new StoredFile(FileId.random(), ada, 'f.txt', 'f.txt', 'text/plain', 1, new ContentHash('cd' * 32), null, at, at)
        files.insert(stored)
        stored
    }

    private static String explain(String sql) {
        PostgresTestServer.get().connect().withCloseable { connection ->
            def rows = connection.createStatement().executeQuery('EXPLAIN ' + sql)
            def plan = new StringBuilder()
            while (rows.next()) {
                plan << rows.getString(1) << '\n'
            }
            plan.toString()
        }
    }
}
