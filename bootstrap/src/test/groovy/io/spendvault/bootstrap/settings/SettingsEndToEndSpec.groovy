package io.spendvault.bootstrap.settings

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

@MicronautTest
class SettingsEndToEndSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    /** Without an SMTP server (as here) reminder mails are off until a user turns them on. */
    static final Map NOTIFICATION_DEFAULTS = [notifications_enabled: false, warranty_reminder_days: [30, 7], return_reminder_days: [3]]

    ApiClient ada

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
    }

    def "a new user has the default settings"() {
        expect:
        ada.get('/api/v1/settings').json == [currency_code: 'USD', date_format: 'MM/DD/YYYY'] + NOTIFICATION_DEFAULTS
        ada.get('/api/v1/settings/currency_code').json == [key: 'currency_code', value: 'USD']
    }

    def "settings change partially and reset to the defaults"() {
        when:
        def first = ada.send('PUT', '/api/v1/settings', [currency_code: 'eur'])
        def second = ada.send('PUT', '/api/v1/settings', [date_format: 'DD.MM.YYYY'])

        then:
        first.json == [currency_code: 'EUR', date_format: 'MM/DD/YYYY'] + NOTIFICATION_DEFAULTS
        second.json == [currency_code: 'EUR', date_format: 'DD.MM.YYYY'] + NOTIFICATION_DEFAULTS
        ada.get('/api/v1/settings/date_format').json.value == 'DD.MM.YYYY'

        when:
        def reset = ada.send('POST', '/api/v1/settings/reset')

        then:
        reset.status == 200
        reset.json == [currency_code: 'USD', date_format: 'MM/DD/YYYY'] + NOTIFICATION_DEFAULTS
    }

    def "#body answers 422 on #field and changes nothing"() {
        when:
        def answer = ada.send('PUT', '/api/v1/settings', body)

        then:
        answer.status == 422
        answer.json.field_errors.containsKey(field)
        ada.get('/api/v1/settings').json == [currency_code: 'USD', date_format: 'MM/DD/YYYY'] + NOTIFICATION_DEFAULTS

        where:
        body                                              | field
        [currency_code: 'XYZ']                            | 'currency_code'
        [currency_code: 'EURO']                           | 'currency_code'
        [date_format: 'YYYY/MM/DD']                       | 'date_format'
        [currency_code: 'EUR', date_format: 'tomorrow']   | 'date_format'
    }

    def "an unknown setting key answers 404; without a token 401"() {
        expect:
        ada.get('/api/v1/settings/theme').status == 404
        ada.get('/api/v1/settings/theme').json.error_code == 'UNKNOWN_SETTING'
        ada.http.get('/api/v1/settings').status == 401
    }

    def "one user's settings are not another's"() {
        given:
        def grace = ApiClient.newUser(ada.http)

        when:
        ada.send('PUT', '/api/v1/settings', [currency_code: 'CHF'])

        then:
        grace.get('/api/v1/settings').json.currency_code == 'USD'
    }
}
