package io.spendvault.adapters.persistence.settings

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class PostgresSettingsRepositorySpec extends PostgresSpecification {

    @Inject
    PostgresSettingsRepository settings

    @Inject
    PostgresUserRepository users

    def "settings are saved, replaced, found and deleted per user"() {
        given:
        def ada = TestUsers.insertOne(users)
        def grace = TestUsers.insertOne(users)

        expect:
        settings.find(ada).isEmpty()

        when:
        settings.save(new UserSettings(ada, new CurrencyCode('EUR'), DateFormat.DD_MM_YYYY_DOTS))
        settings.save(new UserSettings(ada, new CurrencyCode('JPY'), DateFormat.YYYY_MM_DD))

        then:
        settings.find(ada).get() == new UserSettings(ada, new CurrencyCode('JPY'), DateFormat.YYYY_MM_DD)
        settings.find(grace).isEmpty()

        when:
        settings.delete(ada)

        then:
        settings.find(ada).isEmpty()
    }
}
