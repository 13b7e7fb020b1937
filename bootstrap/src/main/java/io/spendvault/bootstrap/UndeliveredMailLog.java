package io.spendvault.bootstrap;

import io.spendvault.application.identity.port.out.Notifier;
import io.spendvault.domain.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Used when no SMTP server is configured: the mail stays in the outbox, and the reset link goes to the
 * server log, the only way an operator of a mail-less server can hand it to the user. With SMTP configured
 * this class is not used and no token is ever logged.
 */
class UndeliveredMailLog implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(UndeliveredMailLog.class);

    private final Notifier outbox;
    private final String publicUrl;

    UndeliveredMailLog(Notifier outbox, String publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    @Override
    public void passwordResetRequested(User user, String resetToken, Instant expiresAt) {
        outbox.passwordResetRequested(user, resetToken, expiresAt);
        LOG.info("No mail server (SPENDVAULT_MAIL_SMTP_HOST): password reset link for {} <{}>, valid until {}: {}/reset-password?token={}",
                user.username().value(), user.email().value(), expiresAt, publicUrl, URLEncoder.encode(resetToken, StandardCharsets.UTF_8));
    }
}
