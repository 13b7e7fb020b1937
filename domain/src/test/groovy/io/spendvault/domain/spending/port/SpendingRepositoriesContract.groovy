package io.spendvault.domain.spending.port

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.Page
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.Sort
import io.spendvault.domain.files.FileId
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.Attachment
import io.spendvault.domain.spending.AttachmentType
import io.spendvault.domain.spending.BrandId
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseCursor
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.PurchaseOverview
import io.spendvault.domain.spending.PurchaseQuery
import io.spendvault.domain.spending.RetailerId
import io.spendvault.domain.spending.Tags
import io.spendvault.domain.spending.Vendor
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.Warranty
import io.spendvault.domain.spending.WarrantyDetails
import io.spendvault.domain.spending.WarrantyId
import io.spendvault.domain.spending.WarrantyStatus
import spock.lang.Specification

import java.time.Instant
import java.time.LocalDate
import java.util.UUID

/**
 * What every set of spending repositories does together: purchases with their read model, warranties and
 * attachment links. Run on the in-memory fakes and on PostgreSQL, so application specs can trust the fakes.
 */
abstract class SpendingRepositoriesContract extends Specification {

    /** The four ports, sharing one store. */
    static class Repositories {
        PurchaseRepository purchases
        WarrantyRepository warranties
        AttachmentRepository attachments
        VendorRepository vendors
    }

    static final Instant NOW = Instant.parse('2026-03-01T10:00:00Z')
    static final LocalDate TODAY = LocalDate.parse('2025-06-15')

    Repositories repositories
    UserId ada
    UserId grace

    abstract Repositories createRepositories()

    /** A user that records may belong to (stores with foreign keys need a real one). */
    abstract UserId existingUser()

    /** A file of {@code owner} that attachments may link to. */
    abstract FileId existingFile(UserId owner)

    def setup() {
        repositories = createRepositories()
        ada = existingUser()
        grace = existingUser()
    }

    Purchase purchase(Map fields = [:], UserId owner = ada) {
        def builder = PurchaseDetails.builder(new CurrencyCode(fields.currency as String ?: 'USD'))
                .productName(fields.name as String ?: 'Kettle').price((fields.price ?: 25) as BigDecimal)
                .purchaseDate(LocalDate.parse(fields.date as String ?: '2024-03-01'))
                .category(fields.category as String).notes(fields.notes as String).modelNumber(fields.model as String)
                .serialNumber(fields.serial as String).tags(new Tags((fields.tags ?: []) as List<String>))
                .taxDeductible((fields.deductible ?: false) as boolean)
                .retailerId(fields.retailer as RetailerId).brandId(fields.brand as BrandId).quantity((fields.quantity ?: 1) as int)
                .returnDeadline(fields.returnBy == null ? null : LocalDate.parse(fields.returnBy as String))
        def stored = Purchase.create(owner, builder.build(), NOW.plusSeconds((fields.second ?: 0) as long))
        repositories.purchases.insert(stored)
        stored
    }

    Warranty warranty(Purchase of, String end, WarrantyStatus status = WarrantyStatus.ACTIVE) {
        def record = Warranty.create(of.owner(), new WarrantyDetails(of.id(), of.details().purchaseDate(), LocalDate.parse(end),
                null, null, null, status), NOW)
        repositories.warranties.insert(record)
        record
    }

    Vendor vendor(VendorKind kind, String name, UserId owner = ada) {
        def vendor = Vendor.create(kind, owner, name, null, NOW)
        repositories.vendors.insert(vendor)
        vendor
    }

    List<String> names(Map filters = [:], Sort<PurchaseQuery.SortBy> sort = PurchaseQuery.DEFAULT_SORT, PageRequest page = PageRequest.first()) {
        def query = new PurchaseQuery(filters.search as String, filters.retailer as RetailerId, filters.brand as BrandId,
                filters.category as String, filters.tag as String, filters.from as LocalDate, filters.to as LocalDate,
                filters.returnFrom as LocalDate, filters.returnTo as LocalDate,
                filters.min as BigDecimal, filters.max as BigDecimal, filters.deductible as Boolean,
                filters.currency == null ? null : new CurrencyCode(filters.currency as String), sort, page)
        repositories.purchases.list(ada, query, TODAY).items()*.purchase()*.details()*.productName()
    }

    def "a purchase is stored, found, changed and deleted exactly"() {
        given:
        def stored = purchase(name: 'Drill', price: 12345678901.23, currency: 'EUR', tags: ['a', 'b'], notes: 'n')

        expect:
        repositories.purchases.findById(stored.id()).get() == stored
        repositories.purchases.lockById(stored.id()).get() == stored

        when:
        def changed = stored.changed(stored.details().toBuilder().tags(Tags.NONE).notes(null).price(1.5).build(), NOW.plusSeconds(9))
        repositories.purchases.update(changed)

        then:
        repositories.purchases.findById(stored.id()).get() == changed

        when:
        def deleted = repositories.purchases.delete(stored.id())

        then:
        deleted
        repositories.purchases.findById(stored.id()).isEmpty()
        !repositories.purchases.delete(stored.id())
    }

    def "the list filters by #filters"() {
        given:
        def shop = vendor(VendorKind.RETAILER, 'Shop')
        def maker = vendor(VendorKind.BRAND, 'Maker')
        purchase(name: 'Espresso machine', price: 399, date: '2024-02-10', category: 'Kitchen', tags: ['home', 'coffee'],
                currency: 'EUR', retailer: shop.id(), second: 1)
        purchase(name: 'Office chair', price: 249.5, date: '2024-03-15', category: 'office', tags: ['work'], deductible: true,
                notes: 'ergonomic 100% mesh', brand: maker.id(), second: 2)
        purchase(name: 'Desk lamp', price: 35, date: '2024-04-01', category: 'Office', model: 'LMP-7', serial: 'SN-42',
                tags: ['work', 'home'], retailer: shop.id(), brand: maker.id(), second: 3)
        purchase([name: 'Not mine'], grace)
        def resolved = filters.collectEntries { k, v -> [k, v == 'SHOP' ? shop.id() : v == 'MAKER' ? maker.id() : v] }

        expect:
        names(resolved) == expected

        where:
        filters                                                         | expected
        [:]                                                             | ['Desk lamp', 'Office chair', 'Espresso machine']
        [search: 'CHAIR']                                               | ['Office chair']
        [search: '100%']                                                | ['Office chair']
        [search: 'lmp-7']                                               | ['Desk lamp']
        [search: 'sn-42']                                               | ['Desk lamp']
        [category: 'OFFICE']                                            | ['Desk lamp', 'Office chair']
        [tag: 'home']                                                   | ['Desk lamp', 'Espresso machine']
        [from: LocalDate.parse('2024-03-15')]                           | ['Desk lamp', 'Office chair']
        [to: LocalDate.parse('2024-03-15')]                             | ['Office chair', 'Espresso machine']
        [min: 249.50]                                                   | ['Office chair', 'Espresso machine']
        [max: 249.5]                                                    | ['Desk lamp', 'Office chair']
        [deductible: true]                                              | ['Office chair']
        [deductible: false]                                             | ['Desk lamp', 'Espresso machine']
        [currency: 'EUR']                                               | ['Espresso machine']
        [retailer: 'SHOP']                                              | ['Desk lamp', 'Espresso machine']
        [brand: 'MAKER']                                                | ['Desk lamp', 'Office chair']
        [retailer: new RetailerId(UUID.randomUUID())]                   | []
    }

    def "sorting by #by #direction orders and pages through every purchase once"() {
        given:
        purchase(name: 'b', price: 20, date: '2024-01-02', second: 1)
        purchase(name: 'C', price: 10, date: '2024-01-03', second: 2, quantity: 4)
        purchase(name: 'a', price: 30, date: '2024-01-01', second: 3)
        def sort = new Sort<>(by, direction == 'asc')

        expect:
        names([:], sort) == expected
        names([:], sort, new PageRequest(2, 2)) == [expected[2]]
        repositories.purchases.list(ada, new PurchaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
                sort, new PageRequest(2, 2)), TODAY).total() == 3

        where:
        by                                  | direction | expected
        PurchaseQuery.SortBy.PURCHASE_DATE  | 'desc'    | ['C', 'b', 'a']
        PurchaseQuery.SortBy.PURCHASE_DATE  | 'asc'     | ['a', 'b', 'C']
        PurchaseQuery.SortBy.PRICE          | 'asc'     | ['C', 'b', 'a']
        PurchaseQuery.SortBy.PRODUCT_NAME   | 'asc'     | ['a', 'b', 'C']
        PurchaseQuery.SortBy.PRODUCT_NAME   | 'desc'    | ['C', 'b', 'a']
        PurchaseQuery.SortBy.CREATED_AT     | 'desc'    | ['a', 'C', 'b']
        PurchaseQuery.SortBy.SPENT          | 'desc'    | ['C', 'a', 'b']   // 10 × 4, 30 × 1, 20 × 1
        PurchaseQuery.SortBy.SPENT          | 'asc'     | ['b', 'a', 'C']
    }

    def "walking the list by cursor in #by #direction order gives every purchase once, the same as by page number"() {
        given: 'ties in every key, so the id decides'
        [['b', 20, '2024-01-02', 1], ['C', 10, '2024-01-03', 2], ['a', 30, '2024-01-01', 3], ['B', 20, '2024-01-02', 3],
         ['c', 10, '2024-01-03', 1], ['d', 5, '2024-01-04', 2], ['A', 30, '2024-01-01', 1]].eachWithIndex { row, i ->
            purchase(name: row[0], price: row[1], date: row[2], quantity: row[3], second: i % 3)
        }
        purchase([name: 'not mine'], grace)
        def sort = new Sort<>(by, direction == 'asc')
        def byNumber = (1..4).collectMany { page(sort, new PageRequest(it, 2), null).items()*.purchase()*.id() }

        when:
        def walked = []
        def cursor = null
        def totals = []
        4.times {
            def found = page(sort, new PageRequest(1, 2), cursor)
            totals << found.total()
            walked.addAll(found.items()*.purchase()*.id())
            cursor = found.items() ? PurchaseCursor.after(found.items().last().purchase(), by) : cursor
        }

        then:
        walked == byNumber
        walked.size() == 7
        walked.toSet().size() == 7
        totals.every { it == 7 }

        where:
        [by, direction] << [PurchaseQuery.SortBy.values().findAll { PurchaseCursor.available(it) }, ['asc', 'desc']].combinations()
    }

    def "a cursor reads on after its purchase even when purchases were added and removed meanwhile"() {
        given:
        def first = purchase(name: 'one', date: '2024-01-01', second: 1)
        def second = purchase(name: 'two', date: '2024-01-02', second: 2)
        purchase(name: 'three', date: '2024-01-03', second: 3)
        def sort = Sort.ascending(PurchaseQuery.SortBy.PURCHASE_DATE)
        def cursor = PurchaseCursor.after(second, PurchaseQuery.SortBy.PURCHASE_DATE)

        when: 'an earlier purchase is added and the one the cursor names is deleted'
        purchase(name: 'zero', date: '2023-12-31', second: 4)
        repositories.purchases.delete(second.id())

        then:
        page(sort, new PageRequest(1, 10), cursor).items()*.purchase()*.details()*.productName() == ['three']
        page(sort, new PageRequest(1, 10), PurchaseCursor.after(first, PurchaseQuery.SortBy.PURCHASE_DATE)).total() == 3
    }

    Page<PurchaseOverview> page(Sort<PurchaseQuery.SortBy> sort, PageRequest request, PurchaseCursor after) {
        repositories.purchases.list(ada, new PurchaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
                sort, request, after), TODAY)
    }

    def "return deadlines filter (#from to #to) and sort soonest first, purchases without one last"() {
        given:
        purchase(name: 'no deadline', second: 1)
        purchase(name: 'June 10', returnBy: '2025-06-10', second: 2)
        purchase(name: 'June 15', returnBy: '2025-06-15', second: 3)
        purchase(name: 'July 1', returnBy: '2025-07-01', second: 4)
        purchase([name: 'not mine', returnBy: '2025-06-20'], grace)
        def soonest = Sort.ascending(PurchaseQuery.SortBy.RETURN_DEADLINE)

        expect:
        names([returnFrom: from == null ? null : LocalDate.parse(from), returnTo: to == null ? null : LocalDate.parse(to)], soonest) == expected

        where:
        from         | to           | expected
        null         | null         | ['June 10', 'June 15', 'July 1', 'no deadline']
        '2025-06-15' | null         | ['June 15', 'July 1']
        null         | '2025-06-15' | ['June 10', 'June 15']
        '2025-06-11' | '2025-06-30' | ['June 15']
        '2025-07-02' | null         | []
    }

    def "sorting by return deadline latest first still puts purchases without one last"() {
        given:
        purchase(name: 'no deadline', second: 1)
        purchase(name: 'June 10', returnBy: '2025-06-10', second: 2)
        purchase(name: 'July 1', returnBy: '2025-07-01', second: 3)

        expect:
        names([:], Sort.descending(PurchaseQuery.SortBy.RETURN_DEADLINE)) == ['July 1', 'June 10', 'no deadline']
    }

    def "the overview names vendors, sums up warranties as of today and counts attachments"() {
        given:
        def shop = vendor(VendorKind.RETAILER, 'Shop')
        def kettle = purchase(retailer: shop.id())
        def earlier = warranty(kettle, '2025-01-01')
        def current = warranty(kettle, '2025-06-14')
        warranty(kettle, '2030-01-01', WarrantyStatus.VOIDED)
        repositories.attachments.insert(new Attachment(kettle.id(), existingFile(ada), AttachmentType.RECEIPT, true, NOW))

        expect:
        with(repositories.purchases.overview(kettle.id(), TODAY).get()) {
            retailer().name() == 'Shop'
            brand() == null
            warranty().id() == current.id()
            warranty().status() == WarrantyStatus.EXPIRED
            warranty().count() == 3
            warrantyExpiry() == LocalDate.parse('2025-06-14')
            attachmentsCount() == 1
        }
        repositories.purchases.overview(kettle.id(), LocalDate.parse('2025-06-14')).get().warranty().status() == WarrantyStatus.ACTIVE
        repositories.warranties.notVoidedOf(kettle.id())*.id() == [current.id(), earlier.id()]
        repositories.purchases.overview(purchase().id(), TODAY).get().warranty() == null
    }

    def "a purchase with only voided warranties shows the latest voided one and no expiry"() {
        given:
        def kettle = purchase()
        def voided = warranty(kettle, '2030-01-01', WarrantyStatus.VOIDED)

        expect:
        with(repositories.purchases.overview(kettle.id(), TODAY).get()) {
            warranty().id() == voided.id()
            warranty().status() == WarrantyStatus.VOIDED
            warrantyExpiry() == null
        }
    }

    def "the use count of a vendor counts purchases naming it"() {
        given:
        def shop = vendor(VendorKind.RETAILER, 'Shop')
        2.times { purchase(retailer: shop.id()) }
        purchase()

        expect:
        repositories.purchases.countUsing(shop.id()) == 2
        repositories.purchases.countUsing(new BrandId(shop.id().value())) == 0
    }

    def "deleting a purchase takes its warranties and attachment links with it"() {
        given:
        def kettle = purchase()
        def toaster = purchase()
        def record = warranty(kettle, '2026-01-01')
        def kept = warranty(toaster, '2026-01-01')
        def file = existingFile(ada)
        repositories.attachments.insert(new Attachment(kettle.id(), file, AttachmentType.RECEIPT, true, NOW))
        repositories.attachments.insert(new Attachment(toaster.id(), file, AttachmentType.RECEIPT, false, NOW))

        when:
        repositories.purchases.delete(kettle.id())

        then:
        repositories.warranties.findById(record.id()).isEmpty()
        repositories.warranties.findById(kept.id()).isPresent()
        repositories.attachments.of(kettle.id()).isEmpty()
        repositories.attachments.isAttached(file)
        !repositories.attachments.isUploadedForPurchase(file)
    }

    def "warranties filter by purchase, never showing another user's"() {
        given:
        def kettle = purchase()
        def toaster = purchase(name: 'Toaster')
        def first = warranty(kettle, '2026-01-01')
        def second = warranty(kettle, '2027-01-01', WarrantyStatus.VOIDED)
        warranty(toaster, '2026-06-01')
        def gracesPurchase = purchase([:], grace)
        warranty(gracesPurchase, '2026-06-01')

        expect:
        ids(repositories.warranties.list(ada, kettle.id(), null, TODAY, PageRequest.first())) == [second, first]*.id()
        ids(repositories.warranties.list(ada, kettle.id(), WarrantyStatus.ACTIVE, TODAY, PageRequest.first())) == [first.id()]
        repositories.warranties.list(ada, gracesPurchase.id(), null, TODAY, PageRequest.first()).total() == 0
        repositories.warranties.list(ada, kettle.id(), null, TODAY, new PageRequest(2, 1)).total() == 2
    }

    def "warranties filter by the status as of today; expiring includes both boundary days, soonest first"() {
        given:
        def kettle = purchase()
        def endsToday = warranty(kettle, '2025-06-15')
        def lapsed = warranty(kettle, '2025-06-14')
        def declared = warranty(kettle, '2026-01-01', WarrantyStatus.EXPIRED)
        def inThirty = warranty(kettle, '2025-07-15')
        def later = warranty(kettle, '2025-07-16')
        def voided = warranty(kettle, '2025-06-20', WarrantyStatus.VOIDED)
        warranty(purchase([:], grace), '2025-06-20')

        expect:
        ids(repositories.warranties.list(ada, null, null, TODAY, PageRequest.first())) ==
                [declared, later, inThirty, voided, endsToday, lapsed]*.id()
        ids(repositories.warranties.list(ada, null, WarrantyStatus.ACTIVE, TODAY, PageRequest.first())) == [later, inThirty, endsToday]*.id()
        ids(repositories.warranties.list(ada, null, WarrantyStatus.EXPIRED, TODAY, PageRequest.first())) == [declared, lapsed]*.id()
        ids(repositories.warranties.list(ada, null, WarrantyStatus.VOIDED, TODAY, PageRequest.first())) == [voided.id()]
        ids(repositories.warranties.expiring(ada, TODAY, TODAY.plusDays(30), PageRequest.first())) == [endsToday, inThirty]*.id()
        repositories.warranties.expiring(ada, TODAY, TODAY.plusDays(30), new PageRequest(2, 1)).total() == 2
        repositories.warranties.overview(lapsed.id(), TODAY).get().purchase().productName() == 'Kettle'
    }

    def "recent warranties: the most recently recorded first, another user's never"() {
        given:
        def kettle = purchase()
        def recorded = (0..3).collect { n ->
            def record = Warranty.create(ada, new WarrantyDetails(kettle.id(), kettle.details().purchaseDate(),
                    LocalDate.parse('2027-01-0' + (n + 1)), null, null, null, WarrantyStatus.ACTIVE), NOW.plusSeconds(10 - n))
            repositories.warranties.insert(record)
            record
        }
        warranty(purchase([:], grace), '2027-01-01')

        expect: 'the first recorded (latest created_at) is n = 0'
        ids(repositories.warranties.recent(ada, TODAY, new PageRequest(1, 3))) == recorded[0..2]*.id()
        repositories.warranties.recent(ada, TODAY, new PageRequest(1, 3)).total() == 4
        repositories.warranties.recent(ada, TODAY, PageRequest.first()).items()*.purchase()*.productName() == ['Kettle'] * 4
    }

    def "a warranty is changed and deleted"() {
        given:
        def record = warranty(purchase(), '2026-01-01')
        def changed = record.changed(record.details().toBuilder().provider('Acme').status(WarrantyStatus.VOIDED).build(), NOW.plusSeconds(5))

        when:
        repositories.warranties.update(changed)

        then:
        repositories.warranties.findById(record.id()).get() == changed
        repositories.warranties.delete(record.id())
        !repositories.warranties.delete(record.id())
    }

    def "attachment links keep their order, refuse a duplicate and are deleted one by one"() {
        given:
        def kettle = purchase()
        def receipt = existingFile(ada)
        def manual = existingFile(ada)
        def first = new Attachment(kettle.id(), receipt, AttachmentType.RECEIPT, true, NOW)
        def second = new Attachment(kettle.id(), manual, AttachmentType.MANUAL, false, NOW.plusSeconds(1))
        repositories.attachments.insert(first)
        repositories.attachments.insert(second)

        expect:
        repositories.attachments.of(kettle.id()) == [first, second]
        repositories.attachments.find(kettle.id(), manual).get() == second
        repositories.attachments.isUploadedForPurchase(receipt)
        !repositories.attachments.isUploadedForPurchase(manual)

        when:
        repositories.attachments.insert(new Attachment(kettle.id(), receipt, AttachmentType.OTHER, false, NOW))

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == 'ALREADY_ATTACHED'

        when:
        def deleted = repositories.attachments.delete(kettle.id(), receipt)

        then:
        deleted
        !repositories.attachments.delete(kettle.id(), receipt)
        !repositories.attachments.isAttached(receipt)
        repositories.attachments.of(kettle.id()) == [second]
    }

    def "every record of a user is handed over in the order it was recorded, another user's never"() {
        given:
        def shop = vendor(VendorKind.RETAILER, 'Shop')
        def maker = vendor(VendorKind.BRAND, 'Maker')
        vendor(VendorKind.RETAILER, 'Other shop', grace)
        def second = purchase(name: 'Toaster', second: 2, retailer: shop.id(), brand: maker.id())
        def first = purchase(name: 'Kettle', second: 1)
        def theirs = purchase([:], grace)
        def record = warranty(second, '2026-01-01')
        warranty(theirs, '2026-01-01')
        def file = existingFile(ada)
        def link = new Attachment(second.id(), file, AttachmentType.PHOTO, true, NOW)
        repositories.attachments.insert(link)
        repositories.attachments.insert(new Attachment(theirs.id(), existingFile(grace), AttachmentType.PHOTO, true, NOW))

        when:
        def purchases = []
        repositories.purchases.forEachOf(ada, TODAY) { purchases << it }
        def warranties = []
        repositories.warranties.forEachOf(ada, TODAY) { warranties << it }
        def retailers = []
        repositories.vendors.forEachOf(VendorKind.RETAILER, ada) { retailers << it }
        def brands = []
        repositories.vendors.forEachOf(VendorKind.BRAND, ada) { brands << it }
        def links = []
        repositories.attachments.forEachOf(ada) { links << it }

        then:
        purchases*.purchase() == [first, second]
        purchases[1].retailer().name() == 'Shop'
        purchases[1].brand().name() == 'Maker'
        purchases[1].warranty().expiry() == LocalDate.parse('2026-01-01')
        purchases[1].attachmentsCount() == 1
        warranties*.warranty() == [record]
        warranties[0].purchase().productName() == 'Toaster'
        retailers == [shop]
        brands == [maker]
        links == [link]
    }

    def "deleting all of a user's records leaves another user's alone"() {
        given:
        vendor(VendorKind.RETAILER, 'Shop')
        vendor(VendorKind.BRAND, 'Maker')
        def theirShop = vendor(VendorKind.RETAILER, 'Shop', grace)
        def kettle = purchase()
        purchase(name: 'Toaster')
        warranty(kettle, '2026-01-01')
        def theirs = purchase([:], grace)
        def theirWarranty = warranty(theirs, '2026-01-01')

        expect:
        repositories.warranties.deleteAllOf(ada) == 1
        repositories.purchases.deleteAllOf(ada) == 2
        repositories.vendors.deleteAllOf(VendorKind.RETAILER, ada) == 1
        repositories.vendors.deleteAllOf(VendorKind.BRAND, ada) == 1
        repositories.purchases.deleteAllOf(ada) == 0
        names() == []
        repositories.purchases.findById(theirs.id()).isPresent()
        repositories.warranties.findById(theirWarranty.id()).isPresent()
        repositories.vendors.findById(theirShop.id()).isPresent()
    }

    def "many purchases and warranties are inserted at once, exactly, and counted"() {
        given:
        def many = (1..1203).collect { n ->
            Purchase.create(ada, PurchaseDetails.builder(new CurrencyCode('EUR')).productName("Item $n").price(n)
                    .purchaseDate(LocalDate.parse('2024-01-01')).serialNumber(n % 2 ? "SN-$n" : null).tags(new Tags(['t' + n]))
                    .build(), NOW.plusSeconds(n))
        }
        def records = many.take(3).collect { purchase ->
            Warranty.create(ada, new WarrantyDetails(purchase.id(), LocalDate.parse('2024-01-01'), LocalDate.parse('2026-01-01'),
                    'type', null, null, WarrantyStatus.VOIDED), NOW)
        }

        when:
        repositories.purchases.insertAll(many)
        repositories.warranties.insertAll(records)
        repositories.warranties.insertAll([])

        then:
        repositories.purchases.findById(many[1202].id()).get() == many[1202]
        repositories.purchases.findById(many[0].id()).get() == many[0]
        repositories.purchases.list(ada, new PurchaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
                PurchaseQuery.DEFAULT_SORT, PageRequest.first()), TODAY).total() == 1203
        records.every { repositories.warranties.findById(it.id()).get() == it }
    }

    def "a duplicate is the same name, date, price, currency and serial number; a vendor is found by name in any case"() {
        given:
        def first = purchase(name: 'Drill', price: 99.5, currency: 'EUR', date: '2024-02-02', serial: 'SN-1', second: 1)
        purchase(name: 'Drill', price: 99.5, currency: 'EUR', date: '2024-02-02', serial: 'SN-1', second: 2)
        def unnumbered = purchase(name: 'Drill', price: 99.5, currency: 'EUR', date: '2024-02-02')
        purchase([name: 'Drill', price: 99.5, currency: 'EUR', date: '2024-02-02', serial: 'SN-1'], grace)
        def shop = vendor(VendorKind.RETAILER, 'Bäckerei Müller')

        expect:
        repositories.purchases.findDuplicate(ada, first.details()).get() == first.id()
        repositories.purchases.findDuplicate(ada, unnumbered.details()).get() == unnumbered.id()
        repositories.purchases.findDuplicate(ada, first.details().toBuilder().serialNumber('SN-2').build()).isEmpty()
        repositories.purchases.findDuplicate(ada, first.details().toBuilder().price(99.51).build()).isEmpty()
        repositories.purchases.findDuplicate(ada, first.details().toBuilder().currency(new CurrencyCode('USD')).build()).isEmpty()
        repositories.purchases.findDuplicate(ada, first.details().toBuilder().productName('drill').build()).isEmpty()
        repositories.purchases.findDuplicate(ada, first.details().toBuilder().purchaseDate(LocalDate.parse('2024-02-03')).build()).isEmpty()
        repositories.vendors.findByName(VendorKind.RETAILER, ada, ' bäckerei MÜLLER ').get() == shop
        repositories.vendors.findByName(VendorKind.BRAND, ada, 'Bäckerei Müller').isEmpty()
        repositories.vendors.findByName(VendorKind.RETAILER, grace, 'Bäckerei Müller').isEmpty()
    }

    private static List<WarrantyId> ids(page) {
        page.items()*.warranty()*.id()
    }
}
