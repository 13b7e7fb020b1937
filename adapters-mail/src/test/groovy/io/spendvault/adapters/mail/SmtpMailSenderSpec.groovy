package io.spendvault.adapters.mail

import io.spendvault.adapters.mail.testsupport.TestSmtpServer
import io.spendvault.application.notification.port.out.MailDeliveryException
import io.spendvault.application.notification.port.out.MailMessage
import io.spendvault.domain.notification.MailContent
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** The SMTP adapter against a real SMTP server in the JVM. */
class SmtpMailSenderSpec extends Specification {

    @Shared
    @AutoCleanup
    TestSmtpServer smtp = new TestSmtpServer()

    SmtpMailSender sender = new SmtpMailSender(new SmtpSettings('127.0.0.1', smtp.port, '', '', false, 'Spendvault <vault@example.com>'))

    def setup() {
        smtp.clear()
    }

    def "a mail arrives as plain text and HTML alternatives, UTF-8, with a Message-ID made of its outbox id"() {
        given:
        def id = UUID.randomUUID()
        def content = new MailContent('Garantie endet bald: Kühlschrank €', 'Hallo Åda,\nder Kühlschrank…\n', '<p>Hallo Åda, der <b>Kühlschrank</b>…</p>')

        when:
        sender.send(new MailMessage(id, 'ada@example.com', content))

        then:
        smtp.awaitMails(1)
        def mail = smtp.received()[0]
        mail.to == ['ada@example.com']
        mail.from == 'Spendvault <vault@example.com>'
        mail.subject == 'Garantie endet bald: Kühlschrank €'
        mail.partTypes == ['text/plain', 'text/html']
        mail.text.replace('\r\n', '\n') == 'Hallo Åda,\nder Kühlschrank…\n'
        mail.html == '<p>Hallo Åda, der <b>Kühlschrank</b>…</p>'
        mail.messageId == "<$id@example.com>"
        mail.message.contentType.startsWith('multipart/alternative')
    }

    def "a server that cannot be reached is a failure worth retrying"() {
        given:
        smtp.stop()

        when:
        sender.send(new MailMessage(UUID.randomUUID(), 'ada@example.com', new MailContent('s', 't', 'h')))

        then:
        def failure = thrown(MailDeliveryException)
        !failure.permanent()
        failure.message.startsWith('SMTP failed')

        cleanup:
        smtp.start()
    }

    def "an address no server can deliver to is refused for good, without a connection"() {
        when:
        sender.send(new MailMessage(UUID.randomUUID(), 'not an address', new MailContent('s', 't', 'h')))

        then:
        def failure = thrown(MailDeliveryException)
        failure.permanent()
        smtp.received().isEmpty()
    }

    def "settings without a sender address or with a bad port stop the start-up"() {
        when:
        new SmtpSettings('smtp.example.com', port, '', '', true, from)

        then:
        def failure = thrown(IllegalArgumentException)
        failure.message.contains(variable)

        where:
        port  | from                | variable
        587   | ''                  | 'SPENDVAULT_MAIL_FROM'
        587   | '   '               | 'SPENDVAULT_MAIL_FROM'
        0     | 'vault@example.com' | 'SPENDVAULT_MAIL_SMTP_PORT'
        70000 | 'vault@example.com' | 'SPENDVAULT_MAIL_SMTP_PORT'
    }

    def "a sender address that is not one stops the start-up"() {
        when:
        new SmtpMailSender(new SmtpSettings('127.0.0.1', smtp.port, '', '', false, 'vault at example'))

        then:
        def failure = thrown(IllegalArgumentException)
        failure.message.contains('SPENDVAULT_MAIL_FROM')
    }

    def "STARTTLS is required by default: a server that does not offer it gets no mail"() {
        given:
        def strict = new SmtpMailSender(new SmtpSettings('127.0.0.1', smtp.port, '', '', true, 'vault@example.com'))

        when:
        strict.send(new MailMessage(UUID.randomUUID(), 'ada@example.com', new MailContent('s', 't', 'h')))

        then:
        def failure = thrown(MailDeliveryException)
        !failure.permanent()
        smtp.received().isEmpty()
    }

    def "with a user name the sender logs in; a refused login is a failure worth retrying"() {
        given:
        smtp.addUser('ada', 'secret')
        def authenticated = new SmtpMailSender(new SmtpSettings('127.0.0.1', smtp.port, 'ada', 'secret', false, 'vault@example.com'))
        def wrongPassword = new SmtpMailSender(new SmtpSettings('127.0.0.1', smtp.port, 'ada', 'guess', false, 'vault@example.com'))

        when:
        authenticated.send(new MailMessage(UUID.randomUUID(), 'grace@example.com', new MailContent('s', 't', 'h')))

        then:
        smtp.awaitMails(1)
        smtp.received()[0].to == ['grace@example.com']

        when:
        wrongPassword.send(new MailMessage(UUID.randomUUID(), 'grace@example.com', new MailContent('s', 't', 'h')))

        then:
        def failure = thrown(MailDeliveryException)
        !failure.permanent()
        failure.message.contains('535')
        smtp.received().size() == 1
    }
}
