package io.spendvault.domain.settings.port

import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.NotificationPreferences
import io.spendvault.domain.settings.ReminderDays
import io.spendvault.domain.settings.UserSettings
import spock.lang.Specification

/** What every {@link SettingsRepository} does; the in-memory fake and the PostgreSQL adapter both pass it. */
abstract class SettingsRepositoryContract extends Specification {

    SettingsRepository settings

    abstract SettingsRepository createRepository()

    /** A user the repository may store settings for (a row in the users table, where there is one). */
    abstract UserId existingUser()

    def setup() {
        settings = createRepository()
    }

    def "a user without stored settings has none"() {
        expect:
        settings.find(existingUser()).isEmpty()
    }

    def "settings are saved, replaced and found per user"() {
        given:
        def ada = existingUser()
        def grace = existingUser()

        when:
        settings.save(new UserSettings(ada, new CurrencyCode('EUR'), DateFormat.DD_MM_YYYY_DOTS))
        settings.save(new UserSettings(ada, new CurrencyCode('JPY'), DateFormat.YYYY_MM_DD))
        settings.save(new UserSettings(grace, new CurrencyCode('KWD'), DateFormat.MM_DD_YYYY))

        then:
        settings.find(ada).get() == new UserSettings(ada, new CurrencyCode('JPY'), DateFormat.YYYY_MM_DD)
        settings.find(grace).get() == new UserSettings(grace, new CurrencyCode('KWD'), DateFormat.MM_DD_YYYY)
    }

    def "deleting forgets one user's settings only, and deleting twice is harmless"() {
        given:
        def ada = existingUser()
        def grace = existingUser()
        settings.save(new UserSettings(ada, new CurrencyCode('EUR'), DateFormat.YYYY_MM_DD))
        settings.save(new UserSettings(grace, new CurrencyCode('GBP'), DateFormat.YYYY_MM_DD))

        when:
        settings.delete(ada)
        settings.delete(ada)

        then:
        settings.find(ada).isEmpty()
        settings.find(grace).isPresent()
    }

    def "every date format and a currency with any minor units round-trip"() {
        given:
        def ada = existingUser()

        expect:
        DateFormat.values().every { format ->
            ['JPY', 'EUR', 'KWD', 'XOF'].every { code ->
                def value = new UserSettings(ada, new CurrencyCode(code), format)
                settings.save(value)
                settings.find(ada).get() == value
            }
        }
    }

    def "notification preferences round-trip: no choice, on, off, reminder days including none"() {
        given:
        def ada = existingUser()

        expect:
        [null, true, false].every { enabled ->
            [[], [3], [365, 30, 7, 2, 1]].every { days ->
                def value = new UserSettings(ada, new CurrencyCode('EUR'), DateFormat.YYYY_MM_DD,
                        new NotificationPreferences(enabled, new ReminderDays(days), new ReminderDays(days.reverse())))
                settings.save(value)
                settings.find(ada).get() == value
            }
        }
    }
}
