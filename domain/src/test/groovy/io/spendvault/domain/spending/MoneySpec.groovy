package io.spendvault.domain.spending

import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.settings.CurrencyCode
import spock.lang.Specification

/** Money rules, checked over every currency and many generated amounts rather than a few examples. */
class MoneySpec extends Specification {

    static final List<CurrencyCode> CURRENCIES = Currency.availableCurrencies
            .findAll { !(it.currencyCode in CurrencyCode.NOT_SPENDABLE) }.collect { new CurrencyCode(it.currencyCode) }
    final Random random = new Random(20261122)

    def "in every currency, any positive amount with at most its minor units is kept exactly, at that scale"() {
        expect:
        CURRENCIES.every { currency ->
            (1..50).every {
                def amount = new BigDecimal(BigInteger.valueOf(random.nextLong(1, 1_000_000_000_000L)), random.nextInt(currency.minorUnits() + 1))
                def money = new Money(amount, currency)
                money.amount().compareTo(amount) == 0 && money.amount().scale() == currency.minorUnits()
            }
        }
    }

    def "in every currency, one decimal more than its minor units is refused on the price field"() {
        expect:
        CURRENCIES.every { currency ->
            (1..20).every {
                def unscaled = random.nextLong(1, 1_000_000_000L) * 10 + random.nextInt(1, 10) // last digit never 0
                refused(new BigDecimal(BigInteger.valueOf(unscaled), currency.minorUnits() + 1), currency)
            }
        }
    }

    def "trailing zeros beyond the minor units do not count: #amount #code"() {
        expect:
        new Money(new BigDecimal(amount), new CurrencyCode(code)).amount().toPlainString() == shown

        where:
        amount    | code  | shown
        '10'      | 'EUR' | '10.00'
        '10.500'  | 'EUR' | '10.50'
        '1200.00' | 'JPY' | '1200'
        '1.2'     | 'KWD' | '1.200'
        '1E+3'    | 'USD' | '1000.00'
    }

    def "zero and every negative amount are refused"() {
        expect:
        refused(BigDecimal.ZERO, CurrencyCode.USD)
        refused(new BigDecimal('0.00'), CurrencyCode.USD)
        (1..200).every { refused(new BigDecimal(-random.nextInt(1, Integer.MAX_VALUE)).movePointLeft(random.nextInt(3)), CurrencyCode.USD) }
    }

    def "a missing amount is refused, and amounts stay below the storable limit"() {
        expect:
        refused(null, CurrencyCode.USD)
        refused(Money.LIMIT, CurrencyCode.USD)
        new Money(Money.LIMIT.subtract(new BigDecimal('0.01')), CurrencyCode.USD).amount() == new BigDecimal('999999999999999.99')
    }

    def "the message names the currency's minor units"() {
        when:
        new Money(new BigDecimal(amount), new CurrencyCode(code))

        then:
        def failure = thrown(RuleViolationException)
        failure.message == message

        where:
        amount  | code  | message
        '1.999' | 'USD' | 'Price can have at most 2 decimals in USD'
        '10.5'  | 'JPY' | 'Price cannot have decimals in JPY'
        '0'     | 'EUR' | 'Price must be greater than 0'
    }

    private static boolean refused(BigDecimal amount, CurrencyCode currency) {
        try {
            new Money(amount, currency)
            false
        } catch (RuleViolationException e) {
            e.field().get() == 'price'
        }
    }
}
