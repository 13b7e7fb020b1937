package io.spendvault.application.notification

import io.spendvault.domain.common.AccessDeniedException
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.TooManyAttemptsException
import io.spendvault.domain.notification.NotificationKind
import io.spendvault.domain.notification.NotificationStatus
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import spock.lang.Specification

import java.time.Duration

class NotificationServiceSpec extends Specification {

    def fixture = new NotificationFixture()
    def service = fixture.service
    def tokens = fixture.unsubscribeTokens

    def "a test mail is queued to the caller's address"() {
        given:
        def ada = fixture.user('ada')

        when:
        def test = service.sendTest(ada.id())

        then:
        test.kind() == NotificationKind.TEST
        test.recipient() == 'ada@example.com'
        test.status() == NotificationStatus.PENDING
        service.list(ada.id(), PageRequest.first()).items()*.id() == [test.id()]
        service.list(fixture.user('grace').id(), PageRequest.first()).total() == 0
    }

    def "test mails are limited per user per hour"() {
        given:
        def ada = fixture.user('ada')
        def grace = fixture.user('grace')
        2.times { service.sendTest(ada.id()) }

        when:
        service.sendTest(ada.id())

        then:
        def refused = thrown(TooManyAttemptsException)
        refused.retryAfter() == Duration.ofMinutes(20)
        service.sendTest(grace.id()).recipient() == 'grace@example.com'
        fixture.outbox.mails.size() == 3
    }

    def "without a mail server a test mail is a conflict, and nothing is queued"() {
        given:
        def ada = fixture.user('ada')
        def noMail = new NotificationService(fixture.outbox, fixture.users, fixture.settings, fixture.limiter, fixture.transactions,
                fixture.templates, tokens, new MailSettings(false, 'http://localhost:8080', 1, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofDays(1), Duration.ofDays(1), 1), fixture.clock)

        when:
        noMail.sendTest(ada.id())

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == 'MAIL_NOT_CONFIGURED'
        fixture.outbox.mails.isEmpty()
    }

    def "the unsubscribe link turns notifications off and keeps the other settings"() {
        given:
        def ada = fixture.user('ada')
        fixture.settings.save(new UserSettings(ada.id(), new CurrencyCode('JPY'), DateFormat.YYYY_MM_DD))

        when:
        service.unsubscribe(tokens.issue(ada.id()))

        then:
        with(fixture.settings.find(ada.id()).get()) {
            notifications().enabled() == false
            currency().value() == 'JPY'
            dateFormat() == DateFormat.YYYY_MM_DD
        }
    }

    def "a link works until it expires, then answers expired"() {
        given:
        def ada = fixture.user('ada')
        def token = tokens.issue(ada.id())

        when:
        fixture.clock.advance(Duration.ofDays(90) - Duration.ofSeconds(1))

        then:
        tokens.verify(token) == ada.id()

        when:
        fixture.clock.advance(Duration.ofSeconds(1))
        service.unsubscribe(token)

        then:
        def expired = thrown(AccessDeniedException)
        expired.code() == 'UNSUBSCRIBE_LINK_EXPIRED'
        fixture.settings.find(ada.id()).isEmpty()
    }

    def "a forged or altered token is refused: #why"() {
        given:
        def ada = fixture.user('ada')
        def token = tokens.issue(ada.id())
        def otherSecret = new UnsubscribeTokens(new io.spendvault.application.testsupport.TestSigner('another-secret-0123456789abcdef'),
                Duration.ofDays(90), fixture.clock)

        when:
        service.unsubscribe(tamper(token, otherSecret.issue(ada.id()), fixture.user('grace')))

        then:
        def refused = thrown(AccessDeniedException)
        refused.code() == 'UNSUBSCRIBE_LINK_INVALID'
        fixture.settings.find(ada.id()).isEmpty()

        where:
        why                                  | tamper
        'another server signed it'           | { String mine, String foreign, grace -> foreign }
        'a changed payload character'        | { String mine, String foreign, grace -> (mine[0] == 'A' ? 'B' : 'A') + mine.substring(1) }
        'a changed signature character'      | { String mine, String foreign, grace -> mine.substring(0, mine.length() - 1) + (mine[-1] == 'A' ? 'B' : 'A') }
        'no signature'                       | { String mine, String foreign, grace -> mine.substring(0, mine.indexOf('.')) }
        'nothing'                            | { String mine, String foreign, grace -> '' }
        'not base64'                         | { String mine, String foreign, grace -> '!!!.???' }
        "another user's payload, my signature" | { String mine, String foreign, grace ->
            UnsubscribeTokens.newInstance(new io.spendvault.application.testsupport.TestSigner('x' * 32), Duration.ofDays(1), java.time.Clock.systemUTC())
                    .issue(grace.id()).split('\\.')[0] + '.' + mine.split('\\.')[1] }
    }

    def "a null token is refused"() {
        when:
        service.unsubscribe(null)

        then:
        thrown(AccessDeniedException)
    }

    def "the link of a deleted account just works and changes nothing"() {
        given:
        def gone = fixture.user('gone')
        def token = tokens.issue(gone.id())
        fixture.users.delete(gone.id())

        when:
        service.unsubscribe(token)

        then:
        fixture.settings.find(gone.id()).isEmpty()
    }
}
