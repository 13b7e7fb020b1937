package io.spendvault.domain.settings

import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import spock.lang.Specification

class SettingsModelSpec extends Specification {

    def "every ISO 4217 currency the JDK knows is accepted, in any case, with its minor units"() {
        expect:
        Currency.availableCurrencies.every { currency ->
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
        failure.field().get() == 'currency_code'

        where:
        code << ['', 'EU', 'EURO', 'XYZ', '12A', null]
    }

    def "date formats are read from their patterns"() {
        expect:
        DateFormat.values().every { DateFormat.of(it.pattern()) == it }

        when:
        DateFormat.of('YYYY/MM/DD')

        then:
        thrown(RuleViolationException)
    }

    def "settings are key/value pairs; an unknown key is not found"() {
        given:
        def settings = UserSettings.defaults(UserId.random())

        expect:
        settings.asMap() == [currency_code: 'USD', date_format: 'MM/DD/YYYY']
        settings.value('date_format') == 'MM/DD/YYYY'

        when:
        settings.value('theme')

        then:
        def missing = thrown(ResourceNotFoundException)
        missing.code() == 'UNKNOWN_SETTING'
    }
}
