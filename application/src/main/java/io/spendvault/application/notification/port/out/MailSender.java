package io.spendvault.application.notification.port.out;

/** Hands a mail to a mail server (SMTP). Only present when one is configured. */
public interface MailSender {

    /**
     * Sends the mail, or throws: {@link MailDeliveryException#permanent()} says whether trying again can
     * help (a refused recipient) or not.
     */
    void send(MailMessage message) throws MailDeliveryException;
}
