package io.spendvault.adapters.persistence.settings;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.DateFormat;
import io.spendvault.domain.settings.NotificationPreferences;
import io.spendvault.domain.settings.ReminderDays;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Optional;

/** {@link SettingsRepository} on PostgreSQL: one row per user who changed something. */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresSettingsRepository implements SettingsRepository {

    private final JdbcOperations jdbc;

    PostgresSettingsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserSettings> find(UserId user) {
        return jdbc.prepareStatement("""
                SELECT currency_code, date_format, notifications_enabled, warranty_reminder_days, return_reminder_days
                FROM user_settings WHERE user_id = ?""", statement -> {
            statement.setObject(1, user.value());
            ResultSet rows = statement.executeQuery();
            if (!rows.next()) {
                return Optional.empty();
            }
            boolean enabled = rows.getBoolean(3);
            NotificationPreferences notifications = new NotificationPreferences(rows.wasNull() ? null : enabled,
                    days(rows.getArray(4)), days(rows.getArray(5)));
            return Optional.of(new UserSettings(user, new CurrencyCode(rows.getString(1)), DateFormat.valueOf(rows.getString(2)),
                    notifications));
        });
    }

    @Override
    public void save(UserSettings settings) {
        jdbc.prepareStatement("""
                INSERT INTO user_settings (user_id, currency_code, date_format, notifications_enabled, warranty_reminder_days,
                                           return_reminder_days, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (user_id) DO UPDATE
                SET currency_code = excluded.currency_code, date_format = excluded.date_format,
                    notifications_enabled = excluded.notifications_enabled,
                    warranty_reminder_days = excluded.warranty_reminder_days,
                    return_reminder_days = excluded.return_reminder_days, updated_at = now()""",
                statement -> {
                    NotificationPreferences notifications = settings.notifications();
                    statement.setObject(1, settings.user().value());
                    statement.setString(2, settings.currency().value());
                    statement.setString(3, settings.dateFormat().name());
                    statement.setObject(4, notifications.enabled(), Types.BOOLEAN);
                    statement.setArray(5, statement.getConnection().createArrayOf("integer",
                            notifications.warrantyReminderDays().days().toArray()));
                    statement.setArray(6, statement.getConnection().createArrayOf("integer",
                            notifications.returnReminderDays().days().toArray()));
                    return statement.executeUpdate();
                });
    }

    @Override
    public void delete(UserId user) {
        jdbc.prepareStatement("DELETE FROM user_settings WHERE user_id = ?", statement -> {
            statement.setObject(1, user.value());
            return statement.executeUpdate();
        });
    }

    private static ReminderDays days(Array column) throws SQLException {
        return new ReminderDays(Arrays.asList((Integer[]) column.getArray()));
    }
}
