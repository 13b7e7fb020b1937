package io.spendvault.adapters.persistence.settings;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.DateFormat;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
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
        return jdbc.prepareStatement("SELECT currency_code, date_format FROM user_settings WHERE user_id = ?", statement -> {
            statement.setObject(1, user.value());
            ResultSet rows = statement.executeQuery();
            return rows.next()
                    ? Optional.of(new UserSettings(user, new CurrencyCode(rows.getString(1)), DateFormat.valueOf(rows.getString(2))))
                    : Optional.empty();
        });
    }

    @Override
    public void save(UserSettings settings) {
        jdbc.prepareStatement("""
                INSERT INTO user_settings (user_id, currency_code, date_format, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (user_id) DO UPDATE
                SET currency_code = excluded.currency_code, date_format = excluded.date_format, updated_at = now()""",
                statement -> {
                    statement.setObject(1, settings.user().value());
                    statement.setString(2, settings.currency().value());
                    statement.setString(3, settings.dateFormat().name());
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
}
