package io.spendvault.application.notification

import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.Username
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import spock.lang.Specification

import java.time.Instant

class MailTemplatesSpec extends Specification {

    def templates = new MailTemplates('https://vault.example.com')
    def ada = User.register(new Username('ada'), new EmailAddress('ada@example.com'), 'hash', Role.USER, Instant.EPOCH)

    def "the reset mail links to the web app's reset page with the token, says until when, and what to do if it wasn't you"() {
        given:
        def settings = new UserSettings(ada.id(), CurrencyCode.USD, DateFormat.DD_MM_YYYY_DOTS)

        when:
        def mail = templates.passwordReset(ada, settings, 'tok+en/=', Instant.parse('2026-03-04T17:05:00Z'))

        then:
        mail.subject() == 'Reset your Spendvault password'
        mail.text().contains('https://vault.example.com/reset-password?token=tok%2Ben%2F%3D')
        mail.text().contains('until 04.03.2026 17:05 UTC')
        mail.text().contains("If this wasn't you, ignore this mail")
        mail.html().contains('<a href="https://vault.example.com/reset-password?token=tok%2Ben%2F%3D">')
        mail.html().contains("If this wasn't you")
    }

    def "amounts have their currency's decimals and code: #amount #code → #written"() {
        expect:
        MailTemplates.money(new BigDecimal(amount), new CurrencyCode(code)) == written

        where:
        amount      | code  | written
        '1245.5'    | 'EUR' | '1,245.50 EUR'
        '1245'      | 'JPY' | '1,245 JPY'
        '0.125'     | 'KWD' | '0.125 KWD'
        '1000000.1' | 'USD' | '1,000,000.10 USD'
    }

    def "the user's date format is used: #format"() {
        expect:
        format.format(java.time.LocalDate.parse('2026-12-31')) == written

        where:
        format                        | written
        DateFormat.MM_DD_YYYY         | '12/31/2026'
        DateFormat.DD_MM_YYYY_DOTS    | '31.12.2026'
        DateFormat.YYYY_MM_DD         | '2026-12-31'
        DateFormat.DD_MM_YYYY_SLASHES | '31/12/2026'
    }

    def "HTML special characters a user typed are escaped"() {
        expect:
        MailTemplates.escape('<script>"a" & \'b\'</script>') == '&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;'
    }
}
