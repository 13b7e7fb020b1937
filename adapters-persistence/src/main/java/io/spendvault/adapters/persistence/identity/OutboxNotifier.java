package io.spendvault.adapters.persistence.identity;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.application.identity.port.out.Notifier;
import io.spendvault.domain.identity.User;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The default {@link Notifier}: writes each message to the server log and to the {@code notification_outbox}
 * table in the caller's transaction (so a message exists exactly when its token does), where a mail relay
 * can pick it up. Without SMTP configured this is how an operator hands a reset link to a user.
 */
@Singleton
@DatabaseAccess
public class OutboxNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxNotifier.class);

    private final JdbcOperations jdbc;
    private final Clock clock;

    OutboxNotifier(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional // joins the caller's transaction; opens one when called alone
    public void passwordResetRequested(User user, String resetToken, Instant expiresAt) {
        String subject = "Reset your Spendvault password";
        String body = "Hello " + user.username() + ",\n\nsomeone (hopefully you) asked to reset your password. "
                + "Use this token within 30 minutes; it works once:\n\n" + resetToken + "\n\nValid until " + expiresAt
                + ". If you did not ask for this, ignore this message.\n";
        jdbc.prepareStatement("""
                INSERT INTO notification_outbox (id, recipient, kind, subject, body, created_at)
                VALUES (?, ?, 'PASSWORD_RESET', ?, ?, ?)""", statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setString(2, user.email().value());
            statement.setString(3, subject);
            statement.setString(4, body);
            statement.setTimestamp(5, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        LOG.info("Password reset for {} <{}>: token {} valid until {}", user.username(), user.email(), resetToken, expiresAt);
    }
}
