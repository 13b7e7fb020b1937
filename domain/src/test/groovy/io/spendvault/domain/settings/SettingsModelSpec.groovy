package io.spendvault.domain.settings

import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import spock.lang.Specification

class SettingsModelSpec extends Specification {

    def "every spendable ISO 4217 currency the JDK knows is accepted, in any case, with its minor units"() {
        expect:
        Currency.availableCurrencies.findAll { !(it.currencyCode in CurrencyCode.NOT_SPENDABLE) }.every { currency ->
            def code = new CurrencyCode(currency.currencyCode.toLowerCase())
            code.value() == currency.currencyCode && code.minorUnits() == Math.max(0, currency.defaultFractionDigits)
        }
    }

    def "minor units: #code has #units"() {
        expect:
        new CurrencyCode(code).minorUnits() == units

        where:
        code  | units
        'EUR' | 2
        'JPY' | 0
        'KWD' | 3
    }

    def "'#code' is not a currency"() {
        when:
        new CurrencyCode(code)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'currencyCode'

        where:
        code << ['', 'EU', 'EURO', 'XYZ', '12A', null, 'US\u0000D']
    }

    def "#code is an ISO 4217 code but not money one spends, so it is refused"() {
        when:
        new CurrencyCode(code)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'currencyCode'
        failure.message == "${code.toUpperCase()} is not a currency money is spent in"

        where:
        code << ['XXX', 'XTS', 'xau', 'XAG', 'XPT', 'XPD', 'XDR', 'XBA', 'XBB', 'XBC', 'XBD', 'XSU', 'XUA']
    }

    def "legal tender with an X code stays: #code"() {
        expect:
        new CurrencyCode(code).minorUnits() == units

        where:
        code  | units
        'XOF' | 0
        'XAF' | 0
        'XPF' | 0
        'XCD' | 2
    }

    def "date formats are read from their patterns"() {
        expect:
        DateFormat.values().every { DateFormat.of(it.pattern()) == it }

        when:
        DateFormat.of('YYYY/MM/DD')

        then:
        thrown(RuleViolationException)
    }

    def "the defaults are US dollars and month-first dates"() {
        given:
        def settings = UserSettings.defaults(UserId.random())

        expect:
        settings.currency() == CurrencyCode.USD
        settings.dateFormat() == DateFormat.MM_DD_YYYY
    }
}
