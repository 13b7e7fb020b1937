package io.spendvault.application.settings

import io.spendvault.application.common.port.in.FieldChange
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.application.settings.port.in.SettingsChanges
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.NotificationPreferences
import io.spendvault.domain.settings.ReminderDays
import io.spendvault.domain.settings.UserSettings
import io.spendvault.domain.settings.port.SettingsRepository
import io.spendvault.domain.settings.testsupport.InMemorySettingsRepository
import spock.lang.Specification

import java.util.function.Supplier

class SettingsServiceSpec extends Specification {

    SettingsRepository repository = new InMemorySettingsRepository()
    Transactions transactions = new Transactions() {
        <T> T inTransaction(Supplier<T> work) { work.get() }
    }
    def service = new SettingsService(repository, transactions, true)
    def ada = UserId.random()

    private static SettingsChanges changes(Map sent) {
        def change = { String field -> sent.containsKey(field) ? FieldChange.to(sent[field]) : FieldChange.keep() }
        new SettingsChanges(change('currencyCode'), change('dateFormat'), change('notificationsEnabled'),
                change('warrantyReminderDays'), change('returnReminderDays'))
    }

    def "a user who changed nothing has the defaults, with notifications at the server's default"() {
        expect:
        service.settings(ada).withNotifications(NotificationPreferences.DEFAULTS) == UserSettings.defaults(ada)
        service.settings(ada).notifications().enabled() == true
        new SettingsService(repository, transactions, false).settings(ada).notifications().enabled() == false
        service.settings(ada).notifications().warrantyReminderDays().days() == [30, 7]
        service.settings(ada).notifications().returnReminderDays().days() == [3]
    }

    def "a partial update changes only what is given"() {
        when:
        service.update(ada, changes(currencyCode: 'eur'))
        def updated = service.update(ada, changes(dateFormat: 'DD.MM.YYYY'))

        then:
        updated.currency() == new CurrencyCode('EUR')
        updated.dateFormat() == DateFormat.DD_MM_YYYY_DOTS
        updated.notifications().warrantyReminderDays() == ReminderDays.WARRANTY_DEFAULT
        service.settings(ada) == updated
    }

    def "notifications not chosen follow the server's default; once chosen they stay as chosen"() {
        given:
        service.update(ada, changes(currencyCode: 'EUR'))

        expect: 'the stored row leaves the choice open'
        repository.find(ada).get().notifications().enabled() == null
        new SettingsService(repository, transactions, false).settings(ada).notifications().enabled() == false

        when:
        service.update(ada, changes(notificationsEnabled: false))

        then:
        service.settings(ada).notifications().enabled() == false
        new SettingsService(repository, transactions, true).settings(ada).notifications().enabled() == false
    }

    def "reminder days are kept distinct and farthest first; an empty list turns them off"() {
        when:
        def updated = service.update(ada, changes(warrantyReminderDays: [7, 30, 7, 1], returnReminderDays: []))

        then:
        updated.notifications().warrantyReminderDays().days() == [30, 7, 1]
        updated.notifications().returnReminderDays().days() == []
        service.settings(ada) == updated
    }

    def "bad reminder days are refused, each list by its name: #days"() {
        when:
        service.update(ada, changes(warrantyReminderDays: days, returnReminderDays: days, currencyCode: 'EUR'))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() == ['warrantyReminderDays', 'returnReminderDays'] as Set
        service.settings(ada).currency().value() == 'USD'

        where:
        days << [[0], [366], [-1, 5], [1, 2, 3, 4, 5, 6], null, [1, null]]
    }

    def "five days and the bounds 1 and 365 are fine"() {
        expect:
        service.update(ada, changes(warrantyReminderDays: [1, 365, 100, 50, 10])).notifications().warrantyReminderDays().days() ==
                [365, 100, 50, 10, 1]
    }

    def "notifications enabled cannot be cleared"() {
        when:
        service.update(ada, changes(notificationsEnabled: null))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() == ['notificationsEnabled'] as Set
    }

    def "an invalid value changes nothing, even next to a valid one"() {
        given:
        service.update(ada, changes(currencyCode: 'EUR'))

        when:
        service.update(ada, changes(currencyCode: 'GBP', dateFormat: 'YYYY/MM/DD'))

        then:
        thrown(RuleViolationException)
        service.settings(ada).currency().value() == 'EUR'
    }

    def "both bad values are named at once, and neither may be cleared"() {
        when:
        service.update(ada, changes(currencyCode: 'XXX', dateFormat: null))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() as List == ['currencyCode', 'dateFormat']
    }

    def "reset goes back to the defaults"() {
        given:
        service.update(ada, changes(currencyCode: 'JPY', dateFormat: 'YYYY-MM-DD', notificationsEnabled: false, warrantyReminderDays: [1]))

        when:
        def reset = service.reset(ada)

        then:
        reset.dateFormat() == DateFormat.MM_DD_YYYY
        service.settings(ada).currency().value() == 'USD'
        service.settings(ada).notifications().enabled() == true
        service.settings(ada).notifications().warrantyReminderDays().days() == [30, 7]
    }
}
