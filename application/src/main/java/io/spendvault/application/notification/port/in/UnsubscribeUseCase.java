package io.spendvault.application.notification.port.in;

/** The unsubscribe link of reminder mails: turns reminders off without a login. */
public interface UnsubscribeUseCase {

    /**
     * Turns off the notifications of the user the token was issued to.
     *
     * @throws io.spendvault.domain.common.AccessDeniedException the token is forged, altered or expired
     */
    void unsubscribe(String token);
}
