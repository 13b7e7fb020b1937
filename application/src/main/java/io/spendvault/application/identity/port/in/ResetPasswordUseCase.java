package io.spendvault.application.identity.port.in;

/** Forgotten passwords: a single-use, short-lived token sent to the account's e-mail address. */
public interface ResetPasswordUseCase {

    /** Sends a reset token if an active account has this address; says nothing either way. */
    void requestReset(String email);

    /**
     * Sets a new password and revokes every session of the account.
     *
     * @throws io.spendvault.domain.common.InvalidRequestException unknown, used or expired token
     * @throws io.spendvault.domain.common.RuleViolationException  weak password
     */
    void reset(String token, String newPassword);
}
