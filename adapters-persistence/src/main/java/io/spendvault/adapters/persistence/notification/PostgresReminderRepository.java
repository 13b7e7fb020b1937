package io.spendvault.adapters.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.notification.DueReminder;
import io.spendvault.domain.notification.ReminderKind;
import io.spendvault.domain.notification.port.ReminderRepository;
import io.spendvault.domain.settings.CurrencyCode;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@link ReminderRepository} on PostgreSQL. The due reminders come from one statement: each user's reminder
 * days (their settings or the defaults) are unnested and joined to the warranties by end date and to the
 * purchases by return deadline through the (user, date) indexes, so the job reads only the rows that are due.
 */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresReminderRepository implements ReminderRepository {

    /** Reminders of dates this far in the past are forgotten: no run looks back further. */
    static final int KEEP_DAYS = 31;

    private static final String DUE = """
            WITH wanting AS (
                SELECT u.id AS user_id,
                       coalesce(s.warranty_reminder_days, '{30,7}') AS warranty_days,
                       coalesce(s.return_reminder_days, '{3}') AS return_days
                FROM users u LEFT JOIN user_settings s ON s.user_id = u.id
                WHERE u.is_active AND coalesce(s.notifications_enabled, ?)
            )
            SELECT * FROM (
                SELECT w.user_id, 'WARRANTY' AS kind, w.id AS item_id, w.purchase_id, p.product_name, w.warranty_end AS due_date,
                       d.days, p.price * p.quantity AS spent, p.currency_code
                FROM wanting
                CROSS JOIN LATERAL unnest(wanting.warranty_days) AS d(days)
                JOIN warranties w ON w.user_id = wanting.user_id
                     AND w.warranty_end BETWEEN greatest(?::date + d.days, ?::date) AND ?::date + d.days
                JOIN purchases p ON p.id = w.purchase_id
                WHERE w.status = 'ACTIVE'
                UNION ALL
                SELECT p.user_id, 'RETURN', p.id, p.id, p.product_name, p.return_deadline, d.days, p.price * p.quantity,
                       p.currency_code
                FROM wanting
                CROSS JOIN LATERAL unnest(wanting.return_days) AS d(days)
                JOIN purchases p ON p.user_id = wanting.user_id
                     AND p.return_deadline BETWEEN greatest(?::date + d.days, ?::date) AND ?::date + d.days
            ) due
            ORDER BY user_id, kind DESC, due_date, item_id, days DESC""";

    private final JdbcOperations jdbc;

    PostgresReminderRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachDue(LocalDate fromDay, LocalDate today, boolean enabledByDefault, Consumer<DueReminder> consumer) {
        jdbc.prepareStatement(DUE, statement -> {
            statement.setBoolean(1, enabledByDefault);
            for (int offset : new int[] {2, 5}) {
                statement.setDate(offset, Date.valueOf(fromDay));
                statement.setDate(offset + 1, Date.valueOf(today));
                statement.setDate(offset + 2, Date.valueOf(today));
            }
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                consumer.accept(new DueReminder(new UserId(rows.getObject("user_id", UUID.class)),
                        ReminderKind.valueOf(rows.getString("kind")), rows.getObject("item_id", UUID.class),
                        rows.getObject("purchase_id", UUID.class), rows.getString("product_name"),
                        rows.getObject("due_date", LocalDate.class), rows.getInt("days"), rows.getBigDecimal("spent"),
                        new CurrencyCode(rows.getString("currency_code"))));
            }
            return null;
        });
    }

    @Override
    public boolean recordSent(DueReminder reminder, Instant at) {
        return jdbc.prepareStatement("""
                INSERT INTO reminders_sent (user_id, kind, item_id, due_date, days_before, sent_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setObject(1, reminder.user().value());
            statement.setString(2, reminder.kind().name());
            statement.setObject(3, reminder.itemId());
            statement.setDate(4, Date.valueOf(reminder.dueDate()));
            statement.setInt(5, reminder.daysBefore());
            statement.setTimestamp(6, Timestamp.from(at));
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public Optional<LocalDate> lastCompletedRunBefore(LocalDate today) {
        return jdbc.prepareStatement("SELECT max(run_date) FROM reminder_runs WHERE run_date < ?", statement -> {
            statement.setDate(1, Date.valueOf(today));
            ResultSet rows = statement.executeQuery();
            rows.next();
            return Optional.ofNullable(rows.getObject(1, LocalDate.class));
        });
    }

    @Override
    public boolean runCompleted(LocalDate day) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM reminder_runs WHERE run_date = ?)", statement -> {
            statement.setDate(1, Date.valueOf(day));
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getBoolean(1);
        });
    }

    @Override
    public void markRunCompleted(LocalDate day, Instant at) {
        jdbc.prepareStatement("INSERT INTO reminder_runs (run_date, completed_at) VALUES (?, ?) ON CONFLICT DO NOTHING", statement -> {
            statement.setDate(1, Date.valueOf(day));
            statement.setTimestamp(2, Timestamp.from(at));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM reminders_sent WHERE due_date < ?", statement -> {
            statement.setDate(1, Date.valueOf(day.minusDays(KEEP_DAYS)));
            return statement.executeUpdate();
        });
    }
}
