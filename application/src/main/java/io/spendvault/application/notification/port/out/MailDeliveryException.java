package io.spendvault.application.notification.port.out;

/** A mail could not be handed over; the message says why, without the mail's content. */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True when the server refused the mail for good (e.g. an unknown recipient): retrying cannot help. */
    public boolean permanent() {
        return permanent;
    }
}
