package io.spendvault.application.settings

import io.spendvault.application.common.port.in.FieldChange
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import io.spendvault.domain.settings.port.SettingsRepository
import io.spendvault.domain.settings.testsupport.InMemorySettingsRepository
import spock.lang.Specification

import java.util.function.Supplier

class SettingsServiceSpec extends Specification {

    SettingsRepository repository = new InMemorySettingsRepository()
    def service = new SettingsService(repository, new Transactions() {
        <T> T inTransaction(Supplier<T> work) { work.get() }
    })
    def ada = UserId.random()

    def "a user who changed nothing has the defaults"() {
        expect:
        service.settings(ada) == UserSettings.defaults(ada)
    }

    def "a partial update changes only what is given"() {
        when:
        service.update(ada, FieldChange.to('eur'), FieldChange.keep())
        def updated = service.update(ada, FieldChange.keep(), FieldChange.to('DD.MM.YYYY'))

        then:
        updated == new UserSettings(ada, new CurrencyCode('EUR'), DateFormat.DD_MM_YYYY_DOTS)
        service.settings(ada) == updated
    }

    def "an invalid value changes nothing, even next to a valid one"() {
        given:
        service.update(ada, FieldChange.to('EUR'), FieldChange.keep())

        when:
        service.update(ada, FieldChange.to('GBP'), FieldChange.to('YYYY/MM/DD'))

        then:
        thrown(RuleViolationException)
        service.settings(ada).currency().value() == 'EUR'
    }

    def "both bad values are named at once, and neither may be cleared"() {
        when:
        service.update(ada, FieldChange.to('XXX'), FieldChange.to(null))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() as List == ['currencyCode', 'dateFormat']
    }

    def "reset goes back to the defaults"() {
        given:
        service.update(ada, FieldChange.to('JPY'), FieldChange.to('YYYY-MM-DD'))

        when:
        def reset = service.reset(ada)

        then:
        reset.dateFormat() == DateFormat.MM_DD_YYYY
        service.settings(ada).currency().value() == 'USD'
    }
}
