package io.spendvault.adapters.persistence.common;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness of PostgreSQL: a connection from the pool answers within two seconds. Reports the server
 * version but never the connection URL, which may carry credentials.
 */
@Singleton
@Readiness
public class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    public DatabaseHealthIndicator(DataSource dataSource) {
        // The injected data source only hands out connections inside a transaction; probe the pool itself.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public String getName() {
        return "database";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            healthStatus = valid ? HealthStatus.UP : HealthStatus.DOWN;
            details.put("database", connection.getMetaData().getDatabaseProductName());
            details.put("version", connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("error", "database unreachable (" + e.getSQLState() + ")");
        }
        return details;
    }
}
