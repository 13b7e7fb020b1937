package io.spendvault.adapters.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.domain.identity.LoginDelay;
import io.spendvault.domain.identity.port.LoginFailures;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@link LoginFailures} on PostgreSQL: one row per attempted account, counted with one atomic upsert. */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresLoginFailures implements LoginFailures {

    private final JdbcOperations jdbc;

    PostgresLoginFailures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> blockedUntil(String key, Instant now) {
        return jdbc.prepareStatement("SELECT blocked_until FROM login_failures WHERE key = ? AND blocked_until > ?", statement -> {
            statement.setString(1, key);
            statement.setTimestamp(2, Timestamp.from(now));
            ResultSet row = statement.executeQuery();
            return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.empty();
        });
    }

    @Override
    public int countFailure(String key, Instant now, Duration memory) {
        return jdbc.prepareStatement("INSERT INTO login_failures (key, failures, last_failure_at) VALUES (?, 1, ?) "
                + "ON CONFLICT (key) DO UPDATE SET last_failure_at = EXCLUDED.last_failure_at, "
                + "failures = CASE WHEN login_failures.last_failure_at < ? THEN 1 ELSE login_failures.failures + 1 END, "
                + "blocked_until = CASE WHEN login_failures.last_failure_at < ? THEN NULL ELSE login_failures.blocked_until END "
                + "RETURNING failures", statement -> {
                    Timestamp forgotten = Timestamp.from(now.minus(memory));
                    statement.setString(1, key);
                    statement.setTimestamp(2, Timestamp.from(now));
                    statement.setTimestamp(3, forgotten);
                    statement.setTimestamp(4, forgotten);
                    ResultSet row = statement.executeQuery();
                    row.next();
                    return row.getInt(1);
                });
    }

    @Override
    public void blockUntil(String key, Instant until) {
        jdbc.prepareStatement("UPDATE login_failures SET blocked_until = ? WHERE key = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(until));
            statement.setString(2, key);
            return statement.executeUpdate();
        });
    }

    @Override
    public void forget(String key) {
        jdbc.prepareStatement("DELETE FROM login_failures WHERE key = ?", statement -> {
            statement.setString(1, key);
            return statement.executeUpdate();
        });
    }

    /** Rows whose failures are forgotten anyway (names guessed once, long ago) do not pile up. */
    @Scheduled(initialDelay = "2m", fixedDelay = "1h")
    void removeForgotten() {
        jdbc.prepareStatement("DELETE FROM login_failures WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)",
                statement -> {
                    Instant now = Instant.now(); // housekeeping: the wall clock is good enough
                    statement.setTimestamp(1, Timestamp.from(now.minus(LoginDelay.MEMORY)));
                    statement.setTimestamp(2, Timestamp.from(now));
                    return statement.executeUpdate();
                });
    }
}
