package io.spendvault.bootstrap.notification

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.mail.testsupport.TestSmtpServer
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.application.common.port.out.Signer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.application.notification.MailSettings
import io.spendvault.application.notification.MailTemplates
import io.spendvault.application.notification.OutboxRelay
import io.spendvault.application.notification.ReminderJob
import io.spendvault.application.notification.UnsubscribeTokens
import io.spendvault.application.notification.port.out.MailSender
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.bootstrap.testsupport.Eventually
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.port.UserRepository
import io.spendvault.domain.notification.MailContent
import io.spendvault.domain.notification.Notification
import io.spendvault.domain.notification.NotificationKind
import io.spendvault.domain.notification.NotificationStatus
import io.spendvault.domain.notification.port.NotificationOutbox
import io.spendvault.domain.notification.port.ReminderRepository
import io.spendvault.domain.settings.port.SettingsRepository
import jakarta.inject.Inject
import org.slf4j.LoggerFactory

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.Callable
import java.util.concurrent.Executors

/**
 * Mail end to end: the running server with a real SMTP server (GreenMail) in the JVM. The relay of the
 * server polls the outbox; reminder runs are started by the spec with pinned clocks (the scheduler is off),
 * on dates years ahead so no other data of the shared database is due.
 */
@MicronautTest(transactional = false) // the spec's own writes must be seen by the server's relay at once
class MailEndToEndSpec extends PostgresSpecification {

    static final TestSmtpServer SMTP = new TestSmtpServer()
    static final String PUBLIC_URL = 'https://vault.example.com'
    /** A day of reminder runs: warranties end a week after it. */
    static final Instant RUN_AT = Instant.parse('2031-03-10T06:00:00Z')

    @Inject EmbeddedServer server
    @Inject ReminderRepository reminders
    @Inject NotificationOutbox outbox
    @Inject UserRepository users
    @Inject SettingsRepository settings
    @Inject Transactions transactions
    @Inject MailTemplates templates
    @Inject UnsubscribeTokens unsubscribeTokens
    @Inject MailSender sender
    @Inject MailSettings mailSettings
    @Inject Signer signer

    RawHttp http
    ApiClient ada

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + [
                'spendvault.public-url'              : PUBLIC_URL,
                'spendvault.mail.smtp.host'          : '127.0.0.1',
                'spendvault.mail.smtp.port'          : String.valueOf(SMTP.port),
                'spendvault.mail.smtp.starttls'      : 'false',
                'spendvault.mail.from'               : 'Spendvault <vault@example.com>',
                'spendvault.mail.poll-interval'      : '100ms',
                'spendvault.mail.retry-delay'        : '200ms',
                'spendvault.mail.max-retry-delay'    : '500ms',
                'spendvault.mail.max-attempts'       : '100',
                'spendvault.mail.test-mails-per-hour': '3',
                'spendvault.reminders.enabled'       : 'false']
    }

    def setup() {
        SMTP.start()
        SMTP.clear()
        http = new RawHttp(server.URI)
        ada = ApiClient.newUser(http)
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute('TRUNCATE reminder_runs') }
    }

    def cleanup() {
        SMTP.stop()
    }

    private List<TestSmtpServer.ReceivedMail> mailsTo(ApiClient user) {
        SMTP.received().findAll { it.to == ["${user.username}@example.com".toString()] }
    }

    private boolean awaitMailsTo(ApiClient user, int count) {
        Eventually.within(15) { mailsTo(user).size() >= count }
    }

    private UserId idOf(ApiClient user) {
        new UserId(UUID.fromString(user.get('/api/v1/users/me').json.id as String))
    }

    /**
     * The reminder run of a node whose clock says {@code at}; its mails, written at that time, are sent by
     * that node's relay (the server's own relay, on today's clock, would see them as due years ahead).
     */
    private int remindAt(Instant at) {
        def clock = Clock.fixed(at, ZoneOffset.UTC)
        int mails = new ReminderJob(reminders, outbox, users, settings, transactions, templates, unsubscribeTokens, true, clock).run()
        def relay = new OutboxRelay(outbox, sender, transactions, mailSettings, clock)
        while (relay.deliverNext()) {
        }
        mails
    }

    /** A purchase with a warranty ending {@code warrantyEnd}, and optionally a return deadline. */
    private Map purchase(ApiClient user, String name, String warrantyEnd, String returnDeadline = null) {
        def body = [product_name: name, price: '1245.50', currency_code: 'EUR', purchase_date: '2026-01-10']
        if (returnDeadline != null) {
            body.return_deadline = returnDeadline
        }
        def created = user.send('POST', '/api/v1/purchases', body)
        assert created.status == 201
        if (warrantyEnd != null) {
            assert user.send('POST', '/api/v1/warranties', [purchase_id: created.json.id, warranty_end: warrantyEnd]).status == 201
        }
        created.json
    }

    def "the reset mail arrives with a working link to the web app, in both parts, and the token is in no log line"() {
        given:
        def appender = new ListAppender<ILoggingEvent>()
        def root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)
        def ours = (Logger) LoggerFactory.getLogger('io.spendvault')
        def level = ours.level
        ours.level = Level.DEBUG
        appender.start()
        root.addAppender(appender)

        when:
        def asked = http.postJson('/api/v1/auth/forgot-password', [email: "${ada.username}@example.com".toString()])
        def arrived = awaitMailsTo(ada, 1)
        root.detachAppender(appender)
        ours.level = level

        then:
        asked.status == 202
        arrived
        def mail = mailsTo(ada)[0]
        mail.subject == 'Reset your Spendvault password'
        mail.from == 'Spendvault <vault@example.com>'
        mail.partTypes == ['text/plain', 'text/html']
        def token = URLDecoder.decode((mail.text =~ /${PUBLIC_URL}\/reset-password\?token=(\S+)/)[0][1] as String, 'UTF-8')
        mail.html.contains("href=\"${PUBLIC_URL}/reset-password?token=")
        mail.text.contains("If this wasn't you, ignore this mail")
        !appender.list.any { it.formattedMessage.contains(token) || it.formattedMessage.contains(URLEncoder.encode(token, 'UTF-8')) }
        appender.list.any { it.formattedMessage.contains('Queued PASSWORD_RESET mail') }

        and: 'the history shows the mail as sent, to its owner only'
        Eventually.within(5) { ada.get('/api/v1/notifications').json.items[0]?.status == 'sent' }
        def address = "${ada.username}@example.com".toString()
        with(ada.get('/api/v1/notifications').json) {
            total == 1
            items[0].kind == 'password_reset'
            items[0].recipient == address
            items[0].attempts == 1
            items[0].sent_at != null
            !items[0].containsKey('text_body')
        }
        ApiClient.newUser(http).get('/api/v1/notifications').json.total == 0

        and: 'the link works'
        http.postJson('/api/v1/auth/reset-password', [token: token, new_password: 'a brand new passphrase']).status == 200
    }

    def "a test mail arrives; a few per hour, then 429; without a token 401"() {
        when:
        def first = ada.send('POST', '/api/v1/notifications/test')

        then:
        first.status == 202
        first.json.kind == 'test'
        first.json.status == 'pending'
        awaitMailsTo(ada, 1)
        mailsTo(ada)[0].subject == 'Spendvault test mail'

        when:
        2.times { assert ada.send('POST', '/api/v1/notifications/test').status == 202 }
        def fourth = ada.send('POST', '/api/v1/notifications/test')

        then:
        fourth.status == 429
        fourth.json.error_code == 'RATE_LIMITED'
        fourth.header('Retry-After') != null
        http.postJson('/api/v1/notifications/test', [:]).status == 401
        http.get('/api/v1/notifications').status == 401
    }

    def "while the SMTP server is down the mail waits and is retried; once it is back the mail arrives exactly once"() {
        given:
        SMTP.stop()

        when:
        def queued = ada.send('POST', '/api/v1/notifications/test').json
        def retried = Eventually.within(10) {
            def mine = ada.get('/api/v1/notifications').json.items.find { it.id == queued.id }
            mine.attempts >= 2 && mine.status == 'pending' && mine.last_error?.startsWith('SMTP failed')
        }
        SMTP.start()

        then:
        retried
        awaitMailsTo(ada, 1)
        Eventually.within(5) { ada.get('/api/v1/notifications').json.items[0].status == 'sent' }
        sleep(1000)
        mailsTo(ada).size() == 1
        ada.get('/api/v1/notifications').json.items[0].last_error == null
    }

    def "two more relays beside the server's send each of many mails exactly once"() {
        given:
        def user = idOf(ada)
        def queued = (1..30).collect {
            def mail = Notification.queued(user, "${ada.username}@example.com", NotificationKind.TEST, new MailContent("mail $it", 't', 'h'),
                    Instant.now())
            outbox.enqueue(mail)
            mail
        }
        def pool = Executors.newFixedThreadPool(2)
        def relays = (1..2).collect { new OutboxRelay(outbox, sender, transactions, mailSettings, Clock.systemUTC()) }

        when:
        relays.collect { relay -> pool.submit({ int sent = 0; while (relay.deliverNext()) { sent++ }; sent } as Callable<Integer>) }*.get()
        awaitMailsTo(ada, 30)
        sleep(1000)

        then:
        queued.every { outbox.find(it.id()).get().status() == NotificationStatus.SENT }
        def received = mailsTo(ada)
        received.size() == 30
        received*.messageId.toSet() == queued.collect { "<${it.id()}@example.com>".toString() }.toSet()
        queued.every { outbox.find(it.id()).get().attempts() == 1 }

        cleanup:
        pool.shutdownNow()
    }

    def "reminders: one mail per user listing warranties and return windows, exactly once with two runs at once, with a working unsubscribe link"() {
        given:
        def grace = ApiClient.newUser(http)
        ada.send('PUT', '/api/v1/settings', [date_format: 'DD.MM.YYYY', warranty_reminder_days: [7]])
        def fridge = purchase(ada, 'Fridge <XL>', '2031-03-17')
        purchase(ada, 'Kettle', null, '2031-03-13')
        purchase(ada, 'Not yet', '2031-03-18')
        purchase(grace, 'Laptop', '2031-04-09')   // 30 days ahead: grace has the defaults
        def pool = Executors.newFixedThreadPool(2)

        when: 'two nodes run the day at once'
        def runs = (1..2).collect { pool.submit({ remindAt(RUN_AT) } as Callable<Integer>) }*.get()
        awaitMailsTo(ada, 1)
        awaitMailsTo(grace, 1)
        sleep(1000)

        then:
        runs.sum() == 2
        mailsTo(ada).size() == 1
        mailsTo(grace).size() == 1
        def mail = mailsTo(ada)[0]
        mail.subject == 'Reminder: 2 dates coming up in Spendvault'
        mail.partTypes == ['text/plain', 'text/html']
        mail.text.contains('- Fridge <XL>, 1,245.50 EUR: warranty ends 17.03.2031 (in 7 days)')
        mail.text.contains("${PUBLIC_URL}/purchases/${fridge.id}")
        mail.text.contains('- Kettle, 1,245.50 EUR: last day to return 13.03.2031 (in 3 days)')
        !mail.text.contains('Not yet')
        mail.html.contains('Fridge &lt;XL&gt;')
        mailsTo(grace)[0].subject == 'Warranty ends in 30 days: Laptop'

        when: 'a third run the same day, even after the day marker is lost'
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute('TRUNCATE reminder_runs') }

        then: 'adds nothing'
        remindAt(RUN_AT.plusSeconds(3600)) == 0

        when: 'the unsubscribe link, without a login'
        def token = URLDecoder.decode((mail.text =~ /${PUBLIC_URL}\/unsubscribe\?token=(\S+)/)[0][1] as String, 'UTF-8')
        def unsubscribed = http.send('POST', "/api/v1/notifications/unsubscribe?token=${URLEncoder.encode(token, 'UTF-8')}", null, [:])

        then:
        unsubscribed.status == 200
        ada.get('/api/v1/settings').json.notifications_enabled == false
        ada.get('/api/v1/settings').json.date_format == 'DD.MM.YYYY'

        and: 'the next day brings ada nothing more'
        purchase(ada, 'Phone', '2031-03-18')
        remindAt(RUN_AT.plus(Duration.ofDays(1))) == 0
        sleep(1000)
        mailsTo(ada).size() == 1

        cleanup:
        pool.shutdownNow()
    }

    def "the reminder day is the UTC day: a second before midnight nothing, at midnight the reminder"() {
        given:
        purchase(ada, 'Fridge', '2031-05-08')

        expect:
        remindAt(Instant.parse('2031-04-30T23:59:59Z')) == 0

        when:
        remindAt(Instant.parse('2031-05-01T00:00:00Z')) == 1

        then:
        awaitMailsTo(ada, 1)
        mailsTo(ada)[0].subject == 'Warranty ends in 7 days: Fridge'
    }

    def "a warranty extended after its reminder is reminded again for its new end"() {
        given:
        def fridge = purchase(ada, 'Fridge', '2031-06-08')
        remindAt(Instant.parse('2031-06-01T06:00:00Z'))
        assert awaitMailsTo(ada, 1)
        def warranty = ada.get("/api/v1/warranties").json.items.find { it.purchase_id == fridge.id }

        when:
        assert ada.send('PATCH', "/api/v1/warranties/${warranty.id}", [warranty_end: '2031-06-09']).status == 200
        remindAt(Instant.parse('2031-06-02T06:00:00Z'))

        then:
        awaitMailsTo(ada, 2)
        mailsTo(ada)*.subject == ['Warranty ends in 7 days: Fridge', 'Warranty ends in 7 days: Fridge']
    }

    def "an altered, foreign or expired unsubscribe link answers 403 and changes nothing; a missing one 400 or 422"() {
        given:
        def user = idOf(ada)
        def valid = unsubscribeTokens.issue(user)
        def expired = new UnsubscribeTokens(signer, Duration.ofDays(1), Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC))
                .issue(user)
        def altered = (valid[0] == 'A' ? 'B' : 'A') + valid.substring(1)
        def unsubscribe = { String token -> http.send('POST', "/api/v1/notifications/unsubscribe?token=${URLEncoder.encode(token, 'UTF-8')}", null, [:]) }

        expect:
        unsubscribe(altered).status == 403
        unsubscribe(altered).json.error_code == 'UNSUBSCRIBE_LINK_INVALID'
        unsubscribe(expired).status == 403
        unsubscribe(expired).json.error_code == 'UNSUBSCRIBE_LINK_EXPIRED'
        http.send('POST', '/api/v1/notifications/unsubscribe', null, [:]).status in [400, 422]
        ada.get('/api/v1/settings').json.notifications_enabled == true
    }

    def "notification settings: defaults on with an SMTP server, partial changes, and 422s naming the field: #body"() {
        expect:
        ada.get('/api/v1/settings').json == [currency_code: 'USD', date_format: 'MM/DD/YYYY', notifications_enabled: true,
                                             warranty_reminder_days: [30, 7], return_reminder_days: [3]]

        when:
        def answer = ada.send('PUT', '/api/v1/settings', body)

        then:
        answer.status == 422
        answer.json.field_errors.keySet() == [field] as Set
        ada.get('/api/v1/settings').json.warranty_reminder_days == [30, 7]

        where:
        body                                              | field
        [warranty_reminder_days: [0]]                     | 'warranty_reminder_days'
        [warranty_reminder_days: [366]]                   | 'warranty_reminder_days'
        [warranty_reminder_days: [1, 2, 3, 4, 5, 6]]      | 'warranty_reminder_days'
        [warranty_reminder_days: null]                    | 'warranty_reminder_days'
        [warranty_reminder_days: 'soon']                  | 'warranty_reminder_days'
        [warranty_reminder_days: [1.5]]                   | 'warranty_reminder_days'
        [return_reminder_days: [-3]]                      | 'return_reminder_days'
        [notifications_enabled: null]                     | 'notifications_enabled'
        [notifications_enabled: 'yes']                    | 'notifications_enabled'
    }

    def "reminder days are kept farthest first and distinct; the settings keys answer one by one"() {
        when:
        def changed = ada.send('PATCH', '/api/v1/settings', [warranty_reminder_days: [1, 365, 30, 1], return_reminder_days: [],
                                                              notifications_enabled: false])

        then:
        changed.status == 200
        changed.json.warranty_reminder_days == [365, 30, 1]
        changed.json.return_reminder_days == []
        changed.json.notifications_enabled == false
        ada.get('/api/v1/settings/warranty_reminder_days').json == [key: 'warranty_reminder_days', value: [365, 30, 1]]
        ada.get('/api/v1/settings/notifications_enabled').json == [key: 'notifications_enabled', value: false]
    }
}
