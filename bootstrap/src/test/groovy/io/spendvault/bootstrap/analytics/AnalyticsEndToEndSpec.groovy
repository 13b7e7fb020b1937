package io.spendvault.bootstrap.analytics

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.time.LocalDate
import java.time.YearMonth
import java.time.ZoneOffset

/** The analytics endpoints over HTTP on PostgreSQL: exact money per currency, parameter rules, isolation. */
@MicronautTest(transactional = false)
class AnalyticsEndToEndSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    RawHttp http
    ApiClient ada
    ApiClient grace
    LocalDate today = LocalDate.now(ZoneOffset.UTC)

    def setup() {
        http = new RawHttp(server.URI)
        ada = ApiClient.newUser(http)
        grace = ApiClient.newUser(http)
    }

    private String bought(ApiClient who, Map fields) {
        def answer = who.send('POST', '/api/v1/purchases', [product_name: 'Thing', purchase_date: today.toString()] + fields)
        assert answer.status == 201: answer
        answer.json.id
    }

    def "the summary adds up money per currency at its minor units and lists the other currencies"() {
        given:
        bought(ada, [price: '10.00', quantity: 3, currency_code: 'EUR', tax_deductible: true])
        bought(ada, [price: '0.05', currency_code: 'EUR'])
        bought(ada, [price: '1200', currency_code: 'JPY', quantity: 2])
        bought(ada, [price: '1.235', currency_code: 'KWD'])
        def withWarranty = bought(ada, [price: '99.99', currency_code: 'EUR'])
        assert ada.send('POST', '/api/v1/warranties', [purchase_id: withWarranty, warranty_end: today.plusDays(30).toString()]).status == 201
        bought(grace, [price: '500.00', currency_code: 'EUR'])   // another user's: never counted

        when:
        def eur = ada.get('/api/v1/analytics/summary?currency=EUR&days=30').json
        def jpy = ada.get('/api/v1/analytics/summary?currency=JPY&days=29').json

        then:
        eur.currency_code == 'EUR'
        eur.total_spent == '130.04'
        eur.avg_price == '36.68'                          // (10.00 + 0.05 + 99.99) / 3 = 36.68
        eur.total_items == 5
        eur.tax_deductible_count == 1
        eur.tax_deductible_total == '30.00'
        eur.active_warranties == 1
        eur.expiring_warranties == 1                      // ends in exactly 30 days
        eur.other_currencies == [[currency_code: 'JPY', item_count: 1, total_spent: '2400'],
                                 [currency_code: 'KWD', item_count: 1, total_spent: '1.235']]
        jpy.total_spent == '2400'
        jpy.avg_price == '1200'
        jpy.expiring_warranties == 0                      // 30 days away is not within 29
        jpy.other_currencies*.currency_code == ['EUR', 'KWD']
    }

    def "spending over time has one entry per month, empty months with zero, ending with the current month"() {
        given:
        bought(ada, [price: '12.50', currency_code: 'USD', purchase_date: today.minusMonths(2).withDayOfMonth(1).toString()])
        bought(ada, [price: '700', currency_code: 'JPY', purchase_date: today.minusMonths(1).withDayOfMonth(1).toString()])
        bought(ada, [price: '900', currency_code: 'JPY', purchase_date: today.minusYears(3).toString()])   // before the months shown

        when:
        def answer = ada.get('/api/v1/analytics/spending?months=4&currency=USD').json

        then:
        answer.spending_over_time*.month == (3..0).collect { YearMonth.from(today).minusMonths(it).toString() }
        answer.spending_over_time*.total_amount == ['0.00', '12.50', '0.00', '0.00']
        answer.spending_over_time*.item_count == [0, 1, 1, 0]                 // counts cover every currency
        answer.other_currencies == [[currency_code: 'JPY', item_count: 1, total_spent: '700']]   // of the months shown
        ada.get('/api/v1/analytics/spending').json.spending_over_time.size() == 12
    }

    def "categories, retailers, brands and top products group, share and order as documented"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Corner Shop']).json.id
        bought(ada, [product_name: 'Beans', price: '30.00', currency_code: 'USD', category: 'Food', retailer_id: shop])
        bought(ada, [product_name: ' beans', price: '10.00', currency_code: 'USD', category: 'food'])
        bought(ada, [product_name: 'Rake', price: '10.00', currency_code: 'USD', category: 'Garden', retailer_id: shop])

        when:
        def categories = ada.get('/api/v1/analytics/categories?currency=USD').json
        def retailers = ada.get('/api/v1/analytics/retailers?currency=USD').json
        def brands = ada.get('/api/v1/analytics/brands?currency=USD').json
        def products = ada.get('/api/v1/analytics/top-products?currency=USD&limit=1').json

        then:
        categories.categories == [[name: 'food', count: 2, total_spent: '40.00', percentage: 80.0],
                                  [name: 'Garden', count: 1, total_spent: '10.00', percentage: 20.0]]
        retailers.retailers == [[id: shop, name: 'Corner Shop', count: 2, percentage: 80.0, total_spent: '40.00'],
                                [id: null, name: null, count: 1, percentage: 20.0, total_spent: '10.00']]
        brands.brands == [[id: null, name: null, count: 3, percentage: 100.0, total_spent: '50.00']]
        products.top_products == [[product_name: 'beans', count: 2, total_spent: '40.00', avg_price: '20.00']]
    }

    def "spending by period: the span's totals, one entry per ISO week with empty weeks, the shared filters narrowing it"() {
        given:
        bought(ada, [price: '10.00', currency_code: 'EUR', purchase_date: '2024-12-30'])  // in the first week, before the span
        bought(ada, [price: '5.00', currency_code: 'EUR', purchase_date: '2025-01-05', quantity: 2])
        bought(ada, [price: '7.77', currency_code: 'EUR', purchase_date: '2025-01-14'])
        bought(ada, [price: '300', currency_code: 'JPY', purchase_date: '2025-01-14'])
        bought(grace, [price: '99.00', currency_code: 'EUR', purchase_date: '2025-01-06'])

        when:
        def weeks = ada.get('/api/v1/analytics/spending/by-period?start_date=2025-01-01&end_date=2025-01-20&group_by=week&currency=EUR').json
        def narrowed = ada.get('/api/v1/analytics/spending/by-period?start_date=2025-01-01&end_date=2025-01-20&group_by=month' +
                '&currency=EUR&date_from=2025-01-10').json

        then:
        weeks.start_date == '2025-01-01'
        weeks.end_date == '2025-01-20'
        weeks.total_amount == '17.77'
        weeks.item_count == 3
        weeks.avg_price == '6.38'                              // (5.00 + 7.77) / 2 = 6.385, half-even
        weeks.periods == [[period: '2025-W01', total_amount: '10.00', item_count: 1], [period: '2025-W02', total_amount: '0.00', item_count: 0],
                          [period: '2025-W03', total_amount: '7.77', item_count: 2], [period: '2025-W04', total_amount: '0.00', item_count: 0]]
        weeks.other_currencies == [[currency_code: 'JPY', item_count: 1, total_spent: '300']]
        narrowed.periods == [[period: '2025-01', total_amount: '7.77', item_count: 2]]
        narrowed.total_amount == '7.77'
    }

    def "the warranty summary counts by effective status and the 30/60/90-day horizons, boundaries included"() {
        given:
        def thing = bought(ada, [price: '10.00'])
        [7, 30, 31, 90, 91].each { assert ada.send('POST', '/api/v1/warranties', [purchase_id: thing, warranty_end: today.plusDays(it).toString()]).status == 201 }
        assert ada.send('POST', '/api/v1/warranties', [purchase_id: thing, warranty_end: today.plusDays(3).toString(), status: 'VOIDED']).status == 201

        expect:
        ada.get('/api/v1/analytics/warranties/summary?days=7').json == [active: 5, expired: 0, voided: 1, expiring_within_days: 1,
                expiring_in_30_days: 2, expiring_in_60_days: 3, expiring_in_90_days: 4, total: 6]
        grace.get('/api/v1/analytics/warranties/summary').json.total == 0
    }

    def "the warranty timeline lists the coming months from the current one, with the active warranties ending in each"() {
        given:
        def kettle = bought(ada, [product_name: 'Kettle', price: '10.00'])
        def endsNextMonth = today.plusMonths(1).withDayOfMonth(1)
        def id = ada.send('POST', '/api/v1/warranties', [purchase_id: kettle, warranty_end: endsNextMonth.toString()]).json.id
        assert ada.send('POST', '/api/v1/warranties', [purchase_id: kettle, warranty_end: endsNextMonth.toString(), status: 'VOIDED']).status == 201
        25.times { assert ada.send('POST', '/api/v1/warranties', [purchase_id: kettle, warranty_end: today.plusMonths(2).withDayOfMonth(1).toString()]).status == 201 }

        when:
        def timeline = ada.get('/api/v1/analytics/warranties/timeline?months=3').json.timeline

        then:
        timeline*.month == (0..2).collect { YearMonth.from(today).plusMonths(it).toString() }
        timeline*.expiring_count == [0, 1, 25]
        timeline[1].warranties == [[id: id, purchase_id: kettle, product_name: 'Kettle', warranty_end: endsNextMonth.toString()]]
        timeline[2].warranties.size() == 20
        grace.get('/api/v1/analytics/warranties/timeline?months=3').json.timeline*.expiring_count == [0, 0, 0]
    }

    def "expensive purchases by price × quantity in the currency; recent ones by purchase date, in every currency"() {
        given:
        bought(ada, [product_name: 'Lamp', price: '30.00', currency_code: 'EUR', purchase_date: today.minusDays(3).toString()])
        bought(ada, [product_name: 'Bulbs', price: '10.00', quantity: 4, currency_code: 'EUR', purchase_date: today.minusDays(1).toString()])
        bought(ada, [product_name: 'Tea', price: '9000', currency_code: 'JPY', purchase_date: today.toString()])
        bought(grace, [product_name: 'Not mine', price: '999.00', currency_code: 'EUR'])

        when:
        def expensive = ada.get('/api/v1/analytics/expensive-purchases?currency=EUR&limit=2').json
        def recent = ada.get('/api/v1/analytics/recent-purchases?limit=2').json

        then:
        expensive.currency_code == 'EUR'
        expensive.purchases*.product_name == ['Bulbs', 'Lamp']          // 40.00 in all beats 30.00
        expensive.purchases[0].price == '10.00'
        expensive.purchases[0].quantity == 4
        recent.currency_code == null
        recent.purchases*.product_name == ['Tea', 'Bulbs']
        ada.get('/api/v1/analytics/recent-purchases?currency=EUR').json.purchases*.product_name == ['Bulbs', 'Lamp']
    }

    def "recent warranties: the most recently recorded first, with their effective status"() {
        given:
        def kettle = bought(ada, [product_name: 'Kettle', price: '10.00'])
        def first = ada.send('POST', '/api/v1/warranties', [purchase_id: kettle, warranty_end: today.plusYears(1).toString()]).json.id
        def second = ada.send('POST', '/api/v1/warranties', [purchase_id: kettle, warranty_end: today.plusYears(2).toString()]).json.id
        def third = ada.send('POST', '/api/v1/warranties', [purchase_id: kettle, warranty_end: today.plusYears(3).toString(), status: 'VOIDED']).json.id

        when:
        def recent = ada.get('/api/v1/analytics/recent-warranties?limit=2').json.warranties

        then:
        recent*.id == [third, second]
        recent*.status == ['VOIDED', 'ACTIVE']
        recent[0].purchase.product_name == 'Kettle'
        ada.get('/api/v1/analytics/recent-warranties').json.warranties*.id == [third, second, first]
        grace.get('/api/v1/analytics/recent-warranties').json.warranties == []
    }

    def "tax: the deductible purchases of the year in one currency, by category and each with its receipts; other currencies apart"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Office World']).json.id
        def desk = bought(ada, [product_name: 'Desk', price: '199.99', currency_code: 'EUR', purchase_date: '2025-03-10', category: 'Office',
                                retailer_id: shop, tax_deductible: true])
        bought(ada, [product_name: 'Paper', price: '4.50', quantity: 4, currency_code: 'EUR', purchase_date: '2025-01-01', category: 'office',
                     tax_deductible: true])
        bought(ada, [product_name: 'Late', price: '1.00', currency_code: 'EUR', purchase_date: '2025-12-31', tax_deductible: true])
        bought(ada, [product_name: 'Next year', price: '1.00', currency_code: 'EUR', purchase_date: '2026-01-01', tax_deductible: true])
        bought(ada, [product_name: 'Holiday', price: '900.00', currency_code: 'EUR', purchase_date: '2025-05-01', category: 'Office'])
        bought(ada, [product_name: 'Course', price: '12.500', currency_code: 'KWD', purchase_date: '2025-06-01', tax_deductible: true])
        bought(grace, [product_name: 'Not mine', price: '50.00', currency_code: 'EUR', purchase_date: '2025-02-01', tax_deductible: true])
        assert ada.multipart("/api/v1/purchases/$desk/files", [file_type: 'receipt'], 'receipt.txt',
                new ByteArrayInputStream('paid'.bytes), 'text/plain').status == 201

        when:
        def tax = ada.get('/api/v1/analytics/tax?year=2025&currency=EUR').json

        then:
        tax.year == 2025
        tax.currency_code == 'EUR'
        tax.tax_deductible_total == '218.99'
        tax.item_count == 3
        tax.by_category == [[name: 'office', count: 2, total_spent: '217.99', percentage: 99.5],
                            [name: null, count: 1, total_spent: '1.00', percentage: 0.5]]
        tax.items*.product_name == ['Paper', 'Desk', 'Late']
        tax.items[1] == [id: desk, purchase_date: '2025-03-10', product_name: 'Desk', category: 'Office', retailer_name: 'Office World',
                         quantity: 1, price: '199.99', total_spent: '199.99', attachments_count: 1]
        tax.items[0].total_spent == '18.00'
        tax.other_currencies == [[currency_code: 'KWD', item_count: 1, total_spent: '12.500']]

        and: 'the date filters narrow the year; the current year is the default'
        ada.get('/api/v1/analytics/tax?year=2025&currency=EUR&date_from=2025-03-01').json.items*.product_name == ['Desk', 'Late']
        ada.get('/api/v1/analytics/tax?currency=EUR').json.year == today.year
        grace.get('/api/v1/analytics/tax?year=2025&currency=EUR').json.tax_deductible_total == '50.00'
    }

    def "#path?#query answers 422 naming #field"() {
        when:
        def answer = ada.get("/api/v1/analytics/$path?$query")

        then:
        answer.status == 422
        answer.json.error_code == 'VALIDATION_FAILED'
        answer.json.field_errors.keySet() == [field] as Set

        where:
        path           | query                                       | field
        'summary'      | 'days=0'                                    | 'days'
        'summary'      | 'days=366'                                  | 'days'
        'summary'      | 'currency=XAU'                              | 'currency'
        'summary'      | 'currency=EURO'                             | 'currency'
        'spending'     | 'months=0'                                  | 'months'
        'spending'     | 'months=121'                                | 'months'
        'spending'     | 'months=twelve'                             | 'months'
        'categories'   | 'date_from=2026-13-01'                      | 'date_from'
        'categories'   | 'date_from=2026-02-01&date_to=2026-01-01'   | 'date_to'
        'retailers'    | 'limit=0'                                   | 'limit'
        'brands'       | 'limit=101'                                 | 'limit'
        'top-products' | 'limit=-1'                                  | 'limit'
        'spending/by-period' | 'end_date=2025-01-01'                  | 'start_date'
        'spending/by-period' | 'start_date=2025-01-01'                | 'end_date'
        'spending/by-period' | 'start_date=2025-02-01&end_date=2025-01-01' | 'end_date'
        'spending/by-period' | 'start_date=2000-01-01&end_date=2010-01-10' | 'end_date'
        'spending/by-period' | 'start_date=2025-01-01&end_date=2025-02-01&group_by=quarter' | 'group_by'
        'spending/by-period' | 'start_date=2025-01-01&end_date=2025-02-01&date_from=2025-03-01' | 'date_from'
        'warranties/summary' | 'days=400'                             | 'days'
        'warranties/timeline' | 'months=121'                          | 'months'
        'expensive-purchases' | 'limit=101'                           | 'limit'
        'recent-purchases'    | 'currency=GOLD'                       | 'currency'
        'recent-warranties'   | 'limit=0'                             | 'limit'
        'tax'                 | 'year=1899'                           | 'year'
        'tax'                 | 'year=MMXXV'                          | 'year'
        'tax'                 | 'year=2025&date_to=2024-12-31'        | 'date_from'
    }

    def "without a token every analytics endpoint answers 401"() {
        expect:
        ['summary', 'spending', 'categories', 'retailers', 'brands', 'top-products', 'spending/by-period', 'warranties/summary', 'warranties/timeline', 'expensive-purchases', 'recent-purchases', 'recent-warranties', 'tax'].every {
            http.get("/api/v1/analytics/$it").status == 401
        }
    }
}
