package io.spendvault.domain.analytics.port

import io.spendvault.domain.analytics.AnalyticsScope
import io.spendvault.domain.analytics.Granularity
import io.spendvault.domain.analytics.testsupport.InMemorySpendingAnalytics
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.BrandId
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.RetailerId
import io.spendvault.domain.spending.Tags
import io.spendvault.domain.spending.Vendor
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.Warranty
import io.spendvault.domain.spending.WarrantyDetails
import io.spendvault.domain.spending.WarrantyStatus
import io.spendvault.domain.spending.port.PurchaseRepository
import io.spendvault.domain.spending.port.VendorRepository
import io.spendvault.domain.spending.port.WarrantyRepository
import io.spendvault.domain.spending.testsupport.InMemoryAttachmentRepository
import io.spendvault.domain.spending.testsupport.InMemoryPurchaseRepository
import io.spendvault.domain.spending.testsupport.InMemoryVendorRepository
import io.spendvault.domain.spending.testsupport.InMemoryWarrantyRepository
import spock.lang.Specification

import java.time.Instant
import java.time.LocalDate
import java.time.YearMonth

/**
 * What every {@link SpendingAnalytics} answers. The in-memory one is the definition of each figure: its
 * results are checked against hand-computed ones, and every other implementation must give exactly what it
 * gives on the same generated data (several currencies with 0, 2 and 3 decimals, quantities above 1,
 * categories in several spellings, vendors deleted from their purchases, warranties of every status, empty
 * months, leap days, and a second user whose data must never count).
 */
abstract class SpendingAnalyticsContract extends Specification {

    /** The repositories to write through and the analytics under test, sharing one store. */
    static class Subject {
        PurchaseRepository purchases
        WarrantyRepository warranties
        VendorRepository vendors
        SpendingAnalytics analytics
    }

    static final CurrencyCode EUR = new CurrencyCode('EUR')
    static final CurrencyCode JPY = new CurrencyCode('JPY')
    static final CurrencyCode KWD = new CurrencyCode('KWD')
    static final Instant NOW = Instant.parse('2026-03-01T10:00:00Z')
    static final LocalDate TODAY = LocalDate.parse('2026-03-01')

    Subject subject
    Subject reference
    UserId ada
    UserId grace

    abstract Subject createSubject()

    /** A user that records may belong to (stores with foreign keys need a real one). */
    abstract UserId existingUser()

    def setup() {
        subject = createSubject()
        def vendors = new InMemoryVendorRepository()
        def warranties = new InMemoryWarrantyRepository()
        def purchases = new InMemoryPurchaseRepository(vendors, warranties, new InMemoryAttachmentRepository())
        reference = new Subject(purchases: purchases, warranties: warranties, vendors: vendors,
                analytics: new InMemorySpendingAnalytics(purchases))
        ada = existingUser()
        grace = existingUser()
    }

    def "hand-computed figures: spent is price × quantity, money stays in its currency, counts cover every currency"() {
        given:
        def shop = vendor(VendorKind.RETAILER, 'Corner Shop')
        def p1 = purchase(name: 'Coffee', price: '3.335', currency: 'KWD', date: '2026-02-03', category: 'Food')
        purchase(name: 'Beans', price: '10.00', quantity: 3, date: '2026-02-10', category: 'food', retailer: shop.id(), deductible: true)
        purchase(name: ' beans ', price: '5.55', date: '2026-01-05', category: 'Garden', retailer: shop.id())
        purchase(name: 'Tea', price: '1200', currency: 'JPY', date: '2025-12-24')
        purchase(name: 'Mug', price: '0.01', date: '2026-02-28')
        def voided = purchase(name: 'Kettle', price: '40.00', date: '2025-11-11', category: 'Kitchen', deductible: true)
        warranty(voided, '2027-01-01', WarrantyStatus.VOIDED)
        warranty(p1, '2026-03-31')                                       // active, ends in 30 days
        warranty(p1, '2026-02-27')                                       // recorded active, effectively expired
        purchase([name: 'Not mine', price: '999.00', date: '2026-02-03', category: 'Food'], grace)

        when:
        def scope = new AnalyticsScope(ada, new CurrencyCode('EUR'), null, null)
        def answers = [subject, reference].collect { it.analytics }.collect { analytics ->
            [summary   : analytics.summary(scope, TODAY, 30),
             monthly   : analytics.monthly(scope, YearMonth.of(2025, 12), YearMonth.of(2026, 3)),
             categories: analytics.categories(scope),
             retailers : analytics.vendors(scope, VendorKind.RETAILER, 10),
             products  : analytics.topProducts(scope, 2)]
        }

        then: 'the implementation under test and the definition agree'
        answers[0] == answers[1]

        and: 'and the definition says what a person would compute'
        with(answers[1].summary) {
            totalSpent() == 75.56G                 // 30.00 + 5.55 + 0.01 + 40.00, EUR only
            averagePrice() == 13.89G               // (10.00 + 5.55 + 0.01 + 40.00) / 4 = 13.89, half-even
            totalItems() == 6                      // every currency
            taxDeductibleCount() == 2
            taxDeductibleTotal() == 70.00G
            warranties().active() == 1
            warranties().expiring() == 1
            warranties().expired() == 1
            warranties().voided() == 1
        }
        answers[1].monthly.months()*.month == [YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)]
        answers[1].monthly.months()*.total() == [0.00G, 5.55G, 30.01G, 0.00G]
        answers[1].monthly.months()*.itemCount() == [1, 1, 3, 0]
        answers[1].monthly.months()*.total()*.scale() == [2, 2, 2, 2]
        answers[1].categories.groups().collect { [it.key(), it.name(), it.count(), it.total()] } == [
                ['kitchen', 'Kitchen', 1, 40.00G], ['food', 'food', 2, 30.00G], ['garden', 'Garden', 1, 5.55G], [null, null, 2, 0.01G]]
        answers[1].retailers.groups().collect { [it.name(), it.count(), it.total()] } == [[null, 4, 40.01G], ['Corner Shop', 2, 35.55G]]
        answers[1].products.groups().collect { [it.key(), it.name(), it.count(), it.total(), it.averagePrice()] } == [
                ['beans', 'beans', 2, 35.55G, 7.78G], ['kettle', 'Kettle', 1, 40.00G, 40.00G]]
        answers[1].summary.otherCurrencies().collect { [it.currency().value(), it.itemCount(), it.totalSpent()] } == [['JPY', 1, 1200G], ['KWD', 1, 3.335G]]
        answers[1].categories.total() == 75.56G
        answers[1].products.total() == 75.56G        // all of it, not only the two products listed
        answers[1].monthly.otherCurrencies()*.currency()*.value() == ['JPY', 'KWD']

        and: 'the other currencies of a series are those of its months'
        [subject, reference]*.analytics*.monthly(scope, YearMonth.of(2026, 1), YearMonth.of(2026, 3))*.otherCurrencies()
                .every { it.collect { [it.currency().value(), it.itemCount()] } == [['KWD', 1]] }
    }

    def "on generated data every figure is exactly the definition's, for every currency, date filter and limit"() {
        given:
        generate(ada, new Random(11), 400)
        generate(grace, new Random(12), 150)

        expect:
        for (currency in [EUR, JPY, KWD, new CurrencyCode('CHF')]) {
            for (range in [[null, null], [LocalDate.parse('2024-02-29'), LocalDate.parse('2025-02-28')], [LocalDate.parse('2026-01-01'), null]]) {
                def scope = new AnalyticsScope(ada, currency, range[0] as LocalDate, range[1] as LocalDate)
                [subject, reference]*.analytics.collect { figures(it, scope) }.with { assert it[0] == it[1] }
            }
        }
    }

    protected static Map figures(SpendingAnalytics analytics, AnalyticsScope scope) {
        [summary30 : analytics.summary(scope, TODAY, 30),
         summary1  : analytics.summary(scope, TODAY, 1),
         monthly   : analytics.monthly(scope, YearMonth.of(2023, 1), YearMonth.of(2026, 3)),
         categories: analytics.categories(scope),
         retailers : analytics.vendors(scope, VendorKind.RETAILER, 100),
         brands3   : analytics.vendors(scope, VendorKind.BRAND, 3),
         products  : analytics.topProducts(scope, 10),
         days      : analytics.byPeriod(scope, LocalDate.parse('2025-12-20'), LocalDate.parse('2026-01-10'), Granularity.DAY),
         weeks     : analytics.byPeriod(scope, LocalDate.parse('2024-12-25'), LocalDate.parse('2025-03-03'), Granularity.WEEK),
         months    : analytics.byPeriod(scope, LocalDate.parse('2024-02-29'), LocalDate.parse('2025-02-28'), Granularity.MONTH),
         years     : analytics.byPeriod(scope, LocalDate.parse('2022-06-01'), LocalDate.parse('2026-03-01'), Granularity.YEAR),
         warranties: analytics.warranties(scope, TODAY, 7),
         timeline  : analytics.warrantyTimeline(scope, TODAY, YearMonth.from(TODAY), YearMonth.from(TODAY).plusMonths(4), 3),
         tax       : analytics.taxDeductions(scope)]
    }

    def "tax deductions, hand-computed: only deductible purchases, in the currency throughout, listed by date"() {
        given:
        def shop = vendor(VendorKind.RETAILER, 'Office World')
        def gone = vendor(VendorKind.RETAILER, 'Closed Down')
        purchase(name: 'Desk', price: '199.99', date: '2025-03-10', category: 'Office', retailer: shop.id(), deductible: true, second: 2)
        purchase(name: 'Paper', price: '4.50', quantity: 4, date: '2025-01-15', category: 'office', deductible: true, second: 3)
        purchase(name: 'Chair', price: '80.00', date: '2025-03-10', category: 'Furniture', retailer: gone.id(), deductible: true, second: 1)
        purchase(name: 'Course', price: '12.000', currency: 'KWD', date: '2025-06-01', deductible: true)
        purchase(name: 'Book', price: '30.00', date: '2025-02-01', deductible: true)
        purchase(name: 'Holiday', price: '900.00', date: '2025-02-01', category: 'Office')              // not deductible
        purchase([name: 'Not mine', price: '50.00', date: '2025-02-01', category: 'Office', deductible: true], grace)
        [subject, reference].each { it.vendors.delete(gone.id()) }
        def scope = new AnalyticsScope(ada, EUR, LocalDate.parse('2025-01-01'), LocalDate.parse('2025-12-31'))

        when:
        def answers = [subject, reference]*.analytics*.taxDeductions(scope)

        then:
        answers[0] == answers[1]
        with(answers[1]) {
            total() == 327.99G                     // 199.99 + 4.50 × 4 + 80.00 + 30.00
            itemCount() == 4
            byCategory().collect { [it.key(), it.name(), it.count(), it.total()] } == [
                    ['office', 'office', 2, 217.99G], ['furniture', 'Furniture', 1, 80.00G], [null, null, 1, 30.00G]]
            items()*.productName() == ['Paper', 'Book', 'Chair', 'Desk']   // by date, then as recorded
            items()*.retailerName() == [null, null, null, 'Office World']   // a deleted retailer names none
            items()*.spent() == [18.00G, 30.00G, 80.00G, 199.99G]
            items()*.quantity() == [4, 1, 1, 1]
            items()*.attachmentCount() == [0, 0, 0, 0]
            otherCurrencies().collect { [it.currency().value(), it.itemCount(), it.totalSpent()] } == [['KWD', 1, 12.000G]]
        }
    }

    def "periods and warranty horizons, hand-computed: ISO weeks start on Monday, empty periods are zero"() {
        given:
        purchase(name: 'A', price: '10.00', date: '2024-12-30')   // Monday of ISO week 2025-W01
        purchase(name: 'B', price: '5.00', date: '2025-01-05')    // Sunday, same week
        purchase(name: 'C', price: '1.00', date: '2025-01-13')
        def withWarranties = purchase(name: 'D', price: '1', currency: 'JPY', date: '2025-01-06')
        warranty(withWarranties, TODAY.plusDays(7).toString())
        warranty(withWarranties, TODAY.plusDays(31).toString())
        warranty(withWarranties, TODAY.plusDays(90).toString())
        warranty(withWarranties, TODAY.plusDays(91).toString())
        warranty(withWarranties, TODAY.minusDays(1).toString())
        warranty(withWarranties, TODAY.plusDays(5).toString(), WarrantyStatus.VOIDED)
        def scope = new AnalyticsScope(ada, EUR, null, null)

        when:
        def answers = [subject, reference]*.analytics.collect { analytics ->
            [weeks     : analytics.byPeriod(scope, LocalDate.parse('2025-01-01'), LocalDate.parse('2025-01-20'), Granularity.WEEK),
             warranties: analytics.warranties(scope, TODAY, 7)]
        }

        then:
        answers[0] == answers[1]
        answers[1].weeks.periods()*.start() == ['2024-12-30', '2025-01-06', '2025-01-13', '2025-01-20'].collect { LocalDate.parse(it) }
        answers[1].weeks.periods().collect { Granularity.WEEK.label(it.start()) } == ['2025-W01', '2025-W02', '2025-W03', '2025-W04']
        answers[1].weeks.periods()*.total() == [15.00G, 0.00G, 1.00G, 0.00G]
        answers[1].weeks.periods()*.itemCount() == [2, 1, 1, 0]
        answers[1].weeks.total() == 16.00G
        answers[1].weeks.itemCount() == 4
        answers[1].weeks.averagePrice() == 5.33G        // (10.00 + 5.00 + 1.00) / 3
        answers[1].weeks.otherCurrencies().collect { [it.currency().value(), it.itemCount(), it.totalSpent()] } == [['JPY', 1, 1G]]
        def timeline = [subject, reference]*.analytics*.warrantyTimeline(scope, TODAY, YearMonth.of(2026, 3), YearMonth.of(2026, 6), 1)
        timeline[0] == timeline[1]
        timeline[1]*.month() == (3..6).collect { YearMonth.of(2026, it) }
        timeline[1]*.expiringCount() == [1, 1, 2, 0]      // 03-08 | 04-01 | 05-30, 05-31 | none (expired and voided never)
        timeline[1]*.warranties()*.size() == [1, 1, 1, 0]  // at most one listed per month here
        timeline[1][2].warranties()*.warrantyEnd() == [TODAY.plusDays(90)]
        timeline[1][0].warranties()*.productName() == ['D']

        and:
        with(answers[1].warranties) {
            active() == 4
            expired() == 1
            voided() == 1
            expiringWithinDays() == 1
            expiringIn30Days() == 1
            expiringIn60Days() == 2
            expiringIn90Days() == 3
            total() == 6
        }
    }

    /** Purchases over three years around today, with everything that makes analytics go wrong. */
    protected void generate(UserId owner, Random random, int count) {
        def retailers = (1..4).collect { vendor(VendorKind.RETAILER, "Shop $it", owner) }
        def brands = (1..5).collect { vendor(VendorKind.BRAND, "Brand $it", owner) }
        def currencies = ['EUR', 'EUR', 'EUR', 'JPY', 'KWD']
        def categories = ['Food', 'food', 'FOOD', 'Garden', 'Electronics', null]
        def names = ['Lamp', 'lamp ', ' Kettle', 'Drill', 'Coffee', 'Desk']
        def start = LocalDate.parse('2023-01-01')
        def made = []
        count.times { n ->
            def currency = currencies[random.nextInt(currencies.size())]
            def scale = new CurrencyCode(currency).minorUnits()
            def price = new BigDecimal(1 + random.nextInt(500_000)).movePointLeft(scale)
            def date = n % 37 == 0 ? LocalDate.parse('2024-02-29') : start.plusDays(random.nextInt(1156))
            def purchase = purchase([name: names[random.nextInt(names.size())], price: price.toPlainString(), currency: currency,
                                     date: date.toString(), category: categories[random.nextInt(categories.size())],
                                     quantity: 1 + random.nextInt(4), deductible: random.nextInt(5) == 0,
                                     retailer: random.nextInt(4) == 0 ? null : retailers[random.nextInt(4)].id(),
                                     brand: random.nextInt(3) == 0 ? null : brands[random.nextInt(5)].id(), second: n], owner)
            made << purchase
            if (random.nextInt(3) == 0) {
                def status = [WarrantyStatus.ACTIVE, WarrantyStatus.ACTIVE, WarrantyStatus.EXPIRED, WarrantyStatus.VOIDED][random.nextInt(4)]
                def end = TODAY.plusDays(random.nextInt(120) - 40)
                warranty(purchase, (end.isBefore(date) ? date : end).toString(), status)
            }
        }
        // edited purchases count as they are now (every figure-bearing field changes somewhere), deleted ones not at all
        made.eachWithIndex { Purchase purchase, int n ->
            if (n % 7 == 1) {
                def details = purchase.details().toBuilder()
                switch (n % 5) {
                    case 0: details.price(purchase.details().price().amount() + 1); break
                    case 1: details.category(categories[random.nextInt(categories.size())]).quantity(1 + random.nextInt(4)); break
                    case 2: details.currency(new CurrencyCode('EUR')).price(12.34G).purchaseDate(start.plusDays(random.nextInt(1156))); break
                    case 3: details.productName(names[random.nextInt(names.size())]).taxDeductible(!purchase.details().taxDeductible()); break
                    default: details.retailerId(retailers[random.nextInt(4)].id()).brandId(null).notes('only the notes and vendors')
                }
                def edited = purchase.changed(details.build(), NOW.plusSeconds(count + n))
                [subject, reference].each { it.purchases.update(edited) }
            } else if (n % 11 == 2) {
                [subject, reference].each { it.purchases.delete(purchase.id()) }
            }
        }
        // deleted vendors leave their purchases without one
        [subject, reference].each { it.vendors.delete(retailers[3].id()); it.vendors.delete(brands[4].id()) }
    }

    Purchase purchase(Map fields, UserId owner = ada) {
        def details = PurchaseDetails.builder(new CurrencyCode(fields.currency as String ?: 'EUR'))
                .productName(fields.name as String).price(new BigDecimal(fields.price as String))
                .purchaseDate(LocalDate.parse(fields.date as String)).category(fields.category as String)
                .quantity((fields.quantity ?: 1) as int).taxDeductible((fields.deductible ?: false) as boolean)
                .retailerId(fields.retailer as RetailerId).brandId(fields.brand as BrandId).tags(Tags.NONE)
                .build()
        def stored = Purchase.create(owner, details, NOW.plusSeconds((fields.second ?: 0) as long).plusMillis(nextMillis++))
        [subject, reference].each { it.purchases.insert(stored) }
        stored
    }

    private long nextMillis = 0

    Warranty warranty(Purchase of, String end, WarrantyStatus status = WarrantyStatus.ACTIVE) {
        def record = Warranty.create(of.owner(), new WarrantyDetails(of.id(), of.details().purchaseDate(), LocalDate.parse(end),
                null, null, null, status), NOW)
        [subject, reference].each { it.warranties.insert(record) }
        record
    }

    Vendor vendor(VendorKind kind, String name, UserId owner = ada) {
        def vendor = Vendor.create(kind, owner, name, null, NOW)
        [subject, reference].each { it.vendors.insert(vendor) }
        vendor
    }
}
