package io.spendvault.application.notification

import io.spendvault.application.notification.port.out.MailDeliveryException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.notification.MailContent
import io.spendvault.domain.notification.Notification
import io.spendvault.domain.notification.NotificationKind
import io.spendvault.domain.notification.NotificationStatus
import spock.lang.Specification

import java.time.Duration

class OutboxRelaySpec extends Specification {

    def fixture = new NotificationFixture()
    def outbox = fixture.outbox
    def sender = fixture.sender
    def clock = fixture.clock
    def relay = fixture.relay

    private Notification queued(String subject = 'hello') {
        def mail = Notification.queued(UserId.random(), 'ada@example.com', NotificationKind.TEST, new MailContent(subject, 't', 'h'),
                clock.instant())
        outbox.enqueue(mail)
        mail
    }

    def "a due mail is sent once and marked sent; then nothing is due"() {
        given:
        def mail = queued()

        expect:
        relay.deliverNext()
        !relay.deliverNext()
        sender.sent*.id() == [mail.id()]
        sender.sent[0].to() == 'ada@example.com'
        with(outbox.find(mail.id()).get()) {
            status() == NotificationStatus.SENT
            attempts() == 1
            sentAt() == clock.instant()
        }
    }

    def "a failed attempt is retried after a doubling delay, and the mail is sent once the server is back"() {
        given:
        def mail = queued()
        sender.failure = new MailDeliveryException('connection refused', false, null)

        when:
        relay.deliverNext()

        then:
        with(outbox.find(mail.id()).get()) {
            status() == NotificationStatus.PENDING
            attempts() == 1
            lastError() == 'connection refused'
            nextAttemptAt() == clock.instant() + Duration.ofSeconds(30)
        }
        !relay.deliverNext()

        when: 'the second attempt fails too'
        clock.advance(Duration.ofSeconds(30))
        relay.deliverNext()

        then:
        outbox.find(mail.id()).get().nextAttemptAt() == clock.instant() + Duration.ofSeconds(60)

        when: 'the server is back'
        sender.failure = null
        clock.advance(Duration.ofSeconds(60))
        relay.deliverNext()

        then:
        sender.sent*.id() == [mail.id()]
        with(outbox.find(mail.id()).get()) {
            status() == NotificationStatus.SENT
            attempts() == 3
            lastError() == null
        }
    }

    def "after the last attempt the mail is failed with the last error, and never tried again"() {
        given:
        def mail = queued()
        sender.failure = new MailDeliveryException('451 try later', false, null)

        when: 'three attempts, the limit'
        3.times {
            relay.deliverNext()
            clock.advance(Duration.ofMinutes(10))
        }
        sender.failure = null

        then:
        with(outbox.find(mail.id()).get()) {
            status() == NotificationStatus.FAILED
            attempts() == 3
            lastError() == '451 try later'
        }
        !relay.deliverNext()
        sender.sent.isEmpty()
    }

    def "a permanent refusal fails the mail at once"() {
        given:
        def mail = queued()
        sender.failure = new MailDeliveryException('550 no such user', true, null)

        when:
        relay.deliverNext()

        then:
        outbox.find(mail.id()).get().status() == NotificationStatus.FAILED
        outbox.find(mail.id()).get().attempts() == 1
    }

    def "a mail older than the maximum age is given up without an attempt"() {
        given:
        def mail = queued()
        clock.advance(Duration.ofDays(1) + Duration.ofSeconds(1))

        when:
        relay.deliverNext()

        then:
        sender.sent.isEmpty()
        with(outbox.find(mail.id()).get()) {
            status() == NotificationStatus.FAILED
            attempts() == 0
            lastError().contains('given up')
        }
    }

    def "a long error is stored cut to its limit"() {
        given:
        def mail = queued()
        sender.failure = new MailDeliveryException('x' * 5000, false, null)

        when:
        relay.deliverNext()

        then:
        outbox.find(mail.id()).get().lastError().length() == OutboxRelay.MAX_ERROR_LENGTH
    }

    def "mails go out oldest first"() {
        given:
        def first = queued('first')
        clock.advance(Duration.ofSeconds(1))
        def second = queued('second')

        when:
        while (relay.deliverNext()) {
        }

        then:
        sender.sent*.id() == [first.id(), second.id()]
    }

    def "the retry delay doubles from the first delay up to the maximum"() {
        expect:
        (1..6).collect { fixture.mailSettings.retryDelay(it).seconds } == [30, 60, 120, 240, 300, 300]
    }

    def "a public address that is not http(s), or no attempt at all, is refused at start-up"() {
        when:
        new MailSettings(true, url, attempts, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofDays(1), Duration.ofDays(1), 1)

        then:
        thrown(IllegalArgumentException)

        where:
        url                  | attempts
        'vault.example.com'  | 1
        'ftp://example.com'  | 1
        'https://example.com' | 0
    }
}
