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
        failure.field().get() == 'purchaseDate'
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
        'productName'          | { it.productName(null) }
        'productName'          | { it.productName('n' * 256) }
        'price'                 | { it.price(null) }
        'purchaseDate'         | { it.purchaseDate(null) }
        'category'              | { it.category('c' * 101) }
        'notes'                 | { it.notes('n' * 10_001) }
        'modelNumber'          | { it.modelNumber('m' * 101) }
        'serialNumber'         | { it.serialNumber('s' * 101) }
        'retailerOrderNumber' | { it.retailerOrderNumber('o' * 101) }
        'quantity'              | { it.quantity(0) }
        'link'                  | { it.link('javascript:alert(1)') }
        'link'                  | { it.link('https://x.example/' + 'p' * 483) }
        'returnDeadline'       | { it.returnDeadline(LocalDate.parse('2024-02-29')) }
        'returnPolicy'         | { it.returnPolicy('r' * 201) }
    }

    def "every field that breaks a rule is named at once, with what was unreadable"() {
        when:
        kettle().unreadable('warranty_expiry', 'warranty_expiry must be a date as YYYY-MM-DD')
                .productName(' ').price(-1).purchaseDate(LocalDate.of(1899, 12, 31)).category('bad\u0000')
                .quantity(0).link('ftp://x').returnPolicy('r' * 201).build()

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() as List == ['warranty_expiry', 'price', 'productName', 'purchaseDate', 'category',
                                                  'quantity', 'link', 'returnPolicy']
        failure.fieldErrors().price == ['Price must be greater than 0']
        failure.fieldErrors().category == ['Category must not contain control characters or invalid Unicode']
        failure.fieldErrors().purchaseDate == ['Date must be between 1900-01-01 and 2200-12-31']
    }

    def "purchase dates and return deadlines stay within 1900 to 2200"() {
        when:
        kettle().purchaseDate(LocalDate.parse('2024-03-01')).returnDeadline(LocalDate.of(2201, 1, 1)).build()

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors() == [returnDeadline: ['Date must be between 1900-01-01 and 2200-12-31']]

        expect:
        kettle().purchaseDate(LocalDate.of(1900, 1, 1)).build().purchaseDate() == LocalDate.of(1900, 1, 1)
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
