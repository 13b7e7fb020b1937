package io.spendvault.domain.spending

import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import spock.lang.Specification

import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset
import java.time.temporal.ChronoUnit

/** Purchase rules: the date rule is checked over many instants around the clock, the fields by example. */
class PurchaseSpec extends Specification {

    static final UserId ADA = new UserId(UUID.randomUUID())
    final Random random = new Random(42)

    private static PurchaseDetails.Builder kettle() {
        PurchaseDetails.builder(CurrencyCode.USD).productName('Kettle').price(25.0).purchaseDate(LocalDate.parse('2024-03-01'))
    }

    def "at any instant, a purchase dated today in any time zone is accepted and one a day later is refused"() {
        expect:
        (1..500).every {
            def now = Instant.parse('2020-01-01T00:00:00Z').plus(random.nextLong(0, 3_000_000), ChronoUnit.MINUTES)
            def todaySomewhere = [-12, -5, 0, 5, 9, 14].collect { LocalDate.ofInstant(now, ZoneOffset.ofHours(it)) }
            todaySomewhere.every { accepted(it, now) } && !accepted(todaySomewhere.max().plusDays(1), now)
        }
    }

    def "the refusal names the field and says why"() {
        given:
        def now = Instant.parse('2026-11-22T12:00:00Z')

        when:
        Purchase.create(ADA, kettle().purchaseDate(LocalDate.parse('2026-11-24')).build(), now)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'purchase_date'
        failure.message == 'Purchase date cannot be in the future'
    }

    def "a change that moves the date into the future is refused too"() {
        given:
        def now = Instant.parse('2026-11-22T12:00:00Z')
        def purchase = Purchase.create(ADA, kettle().build(), now)

        when:
        purchase.changed(purchase.details().toBuilder().purchaseDate(LocalDate.parse('2027-01-01')).build(), now)

        then:
        thrown(RuleViolationException)
    }

    def "toBuilder rebuilds equal details, and defaults are quantity 1, no tags, not tax deductible"() {
        given:
        def details = kettle().category('Kitchen').tags(new Tags(['a'])).quantity(2).link('https://x.example').build()

        expect:
        details.toBuilder().build() == details
        with(kettle().build()) {
            quantity() == 1
            tags() == Tags.NONE
            !taxDeductible()
            price().amount() == 25.00
        }
    }

    def "blank optional texts become null and texts are trimmed"() {
        expect:
        with(kettle().productName('  Kettle ').category(' ').notes('').modelNumber(' M1 ').build()) {
            productName() == 'Kettle'
            category() == null
            notes() == null
            modelNumber() == 'M1'
        }
    }

    def "#field breaks its rule"() {
        when:
        change(kettle()).build()

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == field

        where:
        field                   | change
        'product_name'          | { it.productName(null) }
        'product_name'          | { it.productName('n' * 256) }
        'price'                 | { it.price(null) }
        'purchase_date'         | { it.purchaseDate(null) }
        'category'              | { it.category('c' * 101) }
        'notes'                 | { it.notes('n' * 10_001) }
        'model_number'          | { it.modelNumber('m' * 101) }
        'serial_number'         | { it.serialNumber('s' * 101) }
        'retailer_order_number' | { it.retailerOrderNumber('o' * 101) }
        'quantity'              | { it.quantity(0) }
        'link'                  | { it.link('javascript:alert(1)') }
        'link'                  | { it.link('https://x.example/' + 'p' * 483) }
        'return_deadline'       | { it.returnDeadline(LocalDate.parse('2024-02-29')) }
        'return_policy'         | { it.returnPolicy('r' * 201) }
    }

    def "limits are inclusive"() {
        expect:
        kettle().productName('n' * 255).category('c' * 100).modelNumber('m' * 100).returnPolicy('r' * 200)
                .link('https://x.example/' + 'p' * 482).returnDeadline(LocalDate.parse('2024-03-01')).build()
    }

    private static boolean accepted(LocalDate date, Instant now) {
        try {
            Purchase.create(ADA, kettle().purchaseDate(date).build(), now)
            true
        } catch (RuleViolationException e) {
            false
        }
    }
}
