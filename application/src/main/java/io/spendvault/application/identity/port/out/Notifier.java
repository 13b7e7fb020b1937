package io.spendvault.application.identity.port.out;

import io.spendvault.domain.identity.User;

import java.time.Instant;

/** Tells users about things that happened to their account (by e-mail, or the log and an outbox). */
public interface Notifier {

    /** Delivers a password reset token; it is valid until {@code expiresAt} and works once. */
    void passwordResetRequested(User user, String resetToken, Instant expiresAt);
}
