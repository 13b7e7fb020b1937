package io.spendvault.application.analytics

import io.spendvault.application.analytics.port.in.AnalyticsRequest
import io.spendvault.domain.analytics.testsupport.InMemorySpendingAnalytics
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import io.spendvault.domain.settings.testsupport.InMemorySettingsRepository
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.Tags
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.testsupport.InMemoryAttachmentRepository
import io.spendvault.domain.spending.testsupport.InMemoryPurchaseRepository
import io.spendvault.domain.spending.testsupport.InMemoryVendorRepository
import io.spendvault.domain.spending.testsupport.InMemoryWarrantyRepository
import spock.lang.Specification

import java.time.Clock
import java.time.Instant
import java.time.LocalDate
import java.time.YearMonth
import java.time.ZoneOffset

class SpendingAnalyticsServiceSpec extends Specification {

    static final Instant NOW = Instant.parse('2026-03-31T23:30:00Z')

    def purchases = new InMemoryPurchaseRepository(new InMemoryVendorRepository(), new InMemoryWarrantyRepository(), new InMemoryAttachmentRepository())
    def settings = new InMemorySettingsRepository()
    def service = new SpendingAnalyticsService(new InMemorySpendingAnalytics(purchases), purchases, purchases.warranties, settings, Clock.fixed(NOW, ZoneOffset.UTC))
    def ada = UserId.random()

    private void bought(String price, String currency, String date, String category = null) {
        purchases.insert(Purchase.create(ada, PurchaseDetails.builder(new CurrencyCode(currency)).productName('Thing')
                .price(new BigDecimal(price)).purchaseDate(LocalDate.parse(date)).category(category).tags(Tags.NONE).build(), NOW))
    }

    def "the currency is the request's, else the user's setting, else USD; the others are listed"() {
        given:
        bought('10.00', 'EUR', '2026-03-01')
        bought('5', 'USD', '2026-03-02')

        expect:
        service.summary(new AnalyticsRequest(ada, null, null, null), null).currency().value() == 'USD'

        when:
        settings.save(new UserSettings(ada, new CurrencyCode('EUR'), DateFormat.values()[0]))
        def summary = service.summary(new AnalyticsRequest(ada, null, null, null), null)

        then:
        summary.currency().value() == 'EUR'
        summary.figures().totalSpent() == 10.00G
        summary.otherCurrencies()*.currency()*.value() == ['USD']
        service.summary(new AnalyticsRequest(ada, 'usd', null, null), null).figures().totalSpent() == 5G
    }

    def "the months end with the current UTC month, oldest first"() {
        given:
        bought('10.00', 'USD', '2026-01-15')

        when:
        def months = service.spending(new AnalyticsRequest(ada, null, null, null), 3).months()

        then:
        months*.month() == [YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)]
        months*.total() == [10.00G, 0.00G, 0.00G]
        service.spending(new AnalyticsRequest(ada, null, null, null), null).months().size() == 12
    }

    def "shares are of all the money spent in the currency, also when a limit hides some groups"() {
        given:
        bought('30.00', 'USD', '2026-03-01', 'Food')
        bought('10.00', 'USD', '2026-03-01', 'Garden')
        bought('10.00', 'USD', '2026-03-01')

        expect:
        service.categories(new AnalyticsRequest(ada, null, null, null)).groups()*.percentage() == [60.0G, 20.0G, 20.0G]
        service.vendors(new AnalyticsRequest(ada, null, null, null), VendorKind.RETAILER, 1).groups()*.percentage() == [100.0G]
    }

    def "the tax year is the current UTC year unless asked, and the date filters narrow it further"() {
        given:
        ['2025-12-31', '2026-01-01', '2026-03-31', '2026-04-01'].each { date ->
            purchases.insert(Purchase.create(ada, PurchaseDetails.builder(CurrencyCode.USD).productName(date).price(1.00G)
                    .purchaseDate(LocalDate.parse(date)).taxDeductible(true).tags(Tags.NONE).build(), NOW))
        }

        expect: 'now is 2026-03-31T23:30Z'
        with(service.tax(new AnalyticsRequest(ada, null, null, null), null)) {
            year().value == 2026
            deductions().items()*.productName() == ['2026-01-01', '2026-03-31', '2026-04-01']
        }
        service.tax(new AnalyticsRequest(ada, null, null, null), 2025).deductions().total() == 1.00G
        service.tax(new AnalyticsRequest(ada, null, LocalDate.parse('2026-02-01'), LocalDate.parse('2027-05-01')), 2026)
                .deductions().items()*.productName() == ['2026-03-31', '2026-04-01']
    }

    def "every bad parameter is named at once: #what"() {
        when:
        call(service)

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() == fields as Set

        where:
        what                         | call                                                                                                            | fields
        'an unknown currency'        | { s -> s.summary(new AnalyticsRequest(UserId.random(), 'ABC', null, null), null) }                             | ['currency']
        'gold is no money'           | { s -> s.summary(new AnalyticsRequest(UserId.random(), 'XAU', null, null), null) }                             | ['currency']
        'dates the wrong way round'  | { s -> s.categories(new AnalyticsRequest(UserId.random(), null, LocalDate.parse('2026-02-01'), LocalDate.parse('2026-01-01'))) } | ['dateTo']
        'days 0 and a bad currency'  | { s -> s.summary(new AnalyticsRequest(UserId.random(), 'nope', null, null), 0) }                               | ['days', 'currency']
        'days 366'                   | { s -> s.summary(new AnalyticsRequest(UserId.random(), null, null, null), 366) }                               | ['days']
        'months 0'                   | { s -> s.spending(new AnalyticsRequest(UserId.random(), null, null, null), 0) }                                | ['months']
        'months 121'                 | { s -> s.spending(new AnalyticsRequest(UserId.random(), null, null, null), 121) }                              | ['months']
        'limit 101'                  | { s -> s.topProducts(new AnalyticsRequest(UserId.random(), null, null, null), 101) }                           | ['limit']
        'limit 0 on vendors'         | { s -> s.vendors(new AnalyticsRequest(UserId.random(), null, null, null), VendorKind.BRAND, 0) }               | ['limit']
        'a date before 1900'         | { s -> s.summary(new AnalyticsRequest(UserId.random(), null, LocalDate.parse('1899-12-31'), null), null) }     | ['dateFrom']
        'tax year 1899, bad currency' | { s -> s.tax(new AnalyticsRequest(UserId.random(), 'nope', null, null), 1899) }                               | ['year', 'currency']
        'tax year 2201'              | { s -> s.tax(new AnalyticsRequest(UserId.random(), null, null, null), 2201) }                                   | ['year']
        'dates outside the tax year' | { s -> s.tax(new AnalyticsRequest(UserId.random(), null, LocalDate.parse('2026-01-01'), null), 2025) }         | ['dateFrom']
    }
}
