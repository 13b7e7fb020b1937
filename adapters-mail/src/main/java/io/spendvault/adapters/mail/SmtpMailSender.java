package io.spendvault.adapters.mail;

import io.micronaut.context.annotation.Requires;
import io.spendvault.application.notification.port.out.MailDeliveryException;
import io.spendvault.application.notification.port.out.MailMessage;
import io.spendvault.application.notification.port.out.MailSender;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * {@link MailSender} over SMTP with Jakarta Mail (Eclipse Angus): each mail is multipart/alternative, plain
 * text first and HTML second, UTF-8, with a Message-ID made of the outbox row's id, so a receiving
 * server can tell a retried mail from a new one. STARTTLS is required unless switched off; connect, read
 * and write time out so a hanging server cannot hold the relay.
 */
@Singleton
@Requires(bean = SmtpSettings.class)
public class SmtpMailSender implements MailSender {

    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;

    public SmtpMailSender(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        boolean authenticated = !settings.username().isEmpty();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        Authenticator authenticator = authenticated ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        } : null;
        this.session = Session.getInstance(properties, authenticator);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("SPENDVAULT_MAIL_FROM is not a mail address: " + settings.from(), e);
        }
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    }

    @Override
    public void send(MailMessage message) throws MailDeliveryException {
        InternetAddress to;
        try {
            to = new InternetAddress(message.to(), true);
        } catch (AddressException e) {
            throw new MailDeliveryException("not a mail address: " + e.getMessage(), true, e);
        }
        try {
            Transport.send(mime(message, to));
        } catch (SendFailedException e) {
            // Refused recipients are refused for good; a failure without them (a dropped connection) is not.
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailDeliveryException("SMTP refused the mail: " + e.getMessage(), refused, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP failed: " + e.getMessage(), false, e);
        }
    }

    private MimeMessage mime(MailMessage message, InternetAddress to) throws MessagingException {
        String messageId = "<" + message.id() + "@" + messageIdDomain + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, to);
        mime.setSubject(message.content().subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.content().text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.content().html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        return mime;
    }
}
