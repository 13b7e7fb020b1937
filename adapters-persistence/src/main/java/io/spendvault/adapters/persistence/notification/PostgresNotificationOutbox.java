package io.spendvault.adapters.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.adapters.persistence.common.SqlFilter;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.notification.Notification;
import io.spendvault.domain.notification.NotificationKind;
import io.spendvault.domain.notification.NotificationStatus;
import io.spendvault.domain.notification.port.NotificationOutbox;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link NotificationOutbox} on PostgreSQL: the {@code notification_outbox} table. The relay's claim is
 * {@code FOR UPDATE SKIP LOCKED}: a row another relay is sending is skipped, not waited for. The log names
 * each queued mail by id, kind and user, never by its content (reset links are secrets).
 */
@Singleton
@DatabaseAccess
@Transactional // joins the caller's transaction; opens one when called alone
public class PostgresNotificationOutbox implements NotificationOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotificationOutbox.class);
    private static final String COLUMNS = "id, user_id, recipient, kind, subject, text_body, html_body, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at";

    private final JdbcOperations jdbc;

    PostgresNotificationOutbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(Notification mail) {
        jdbc.prepareStatement("INSERT INTO notification_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, mail.id());
                    statement.setObject(2, mail.user().value());
                    statement.setString(3, mail.recipient());
                    statement.setString(4, mail.kind().name());
                    statement.setString(5, mail.subject());
                    statement.setString(6, mail.textBody());
                    statement.setString(7, mail.htmlBody());
                    statement.setString(8, mail.status().name());
                    statement.setInt(9, mail.attempts());
                    statement.setTimestamp(10, Timestamp.from(mail.nextAttemptAt()));
                    statement.setString(11, mail.lastError());
                    statement.setTimestamp(12, Timestamp.from(mail.createdAt()));
                    statement.setTimestamp(13, mail.sentAt() == null ? null : Timestamp.from(mail.sentAt()));
                    return statement.executeUpdate();
                });
        LOG.info("Queued {} mail {} for user {}", mail.kind(), mail.id(), mail.user().value());
    }

    @Override
    public Optional<Notification> claimNextDue(Instant now) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED", statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    ResultSet rows = statement.executeQuery();
                    return rows.next() ? Optional.of(mail(rows)) : Optional.empty();
                });
    }

    @Override
    public void markSent(UUID id, int attempts, Instant sentAt) {
        update("UPDATE notification_outbox SET status = 'SENT', attempts = ?, sent_at = ?, last_error = NULL WHERE id = ?",
                id, attempts, Timestamp.from(sentAt));
    }

    @Override
    public void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
        update("UPDATE notification_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                id, attempts, Timestamp.from(nextAttemptAt), error);
    }

    @Override
    public void markFailed(UUID id, int attempts, String error) {
        update("UPDATE notification_outbox SET status = 'FAILED', attempts = ?, last_error = ? WHERE id = ?", id, attempts, error);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<Notification> listFor(UserId user, PageRequest page) {
        return SqlFilter.where("user_id = ?", user.value()).page(jdbc, "notification_outbox",
                "SELECT " + COLUMNS + " FROM notification_outbox", "created_at DESC, id DESC", page, PostgresNotificationOutbox::mail);
    }

    @Override
    public Optional<Notification> find(UUID id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = ?", statement -> {
            statement.setObject(1, id);
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(mail(rows)) : Optional.empty();
        });
    }

    /** Runs an update whose parameters are {@code values} (attempts first) and then the row's id. */
    private void update(String sql, UUID id, int attempts, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setInt(1, attempts);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 2, values[i]);
            }
            statement.setObject(values.length + 2, id);
            return statement.executeUpdate();
        });
    }

    private static Notification mail(ResultSet row) throws SQLException {
        Timestamp sentAt = row.getTimestamp("sent_at");
        return new Notification(row.getObject("id", UUID.class), new UserId(row.getObject("user_id", UUID.class)),
                row.getString("recipient"), NotificationKind.valueOf(row.getString("kind")), row.getString("subject"),
                row.getString("text_body"), row.getString("html_body"), NotificationStatus.valueOf(row.getString("status")),
                row.getInt("attempts"), row.getTimestamp("next_attempt_at").toInstant(), row.getString("last_error"),
                row.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant());
    }
}
