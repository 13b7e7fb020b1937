package io.spendvault.adapters.persistence.admin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.domain.admin.SystemCounts;
import io.spendvault.domain.admin.port.SystemStatistics;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * {@link SystemStatistics} in one statement, so every figure is of the same moment. Purchases are read
 * from the totals V9 keeps; stored bytes count each content hash once.
 */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresSystemStatistics implements SystemStatistics {

    private static final String COUNTS = "SELECT "
            + "(SELECT count(*) FROM users) AS users, "
            + "(SELECT count(*) FROM users WHERE is_active) AS active_users, "
            + "(SELECT count(*) FROM users WHERE role = 'ADMIN') AS admins, "
            + "(SELECT count(*) FROM users WHERE created_at >= ?) AS new_users, "
            + "f.files, f.bytes, f.recent, "
            + "(SELECT coalesce(sum(size), 0) FROM (SELECT max(file_size) AS size FROM files GROUP BY content_hash) c) AS stored, "
            + "(SELECT coalesce(sum(storage_quota), 0) FROM users) AS own_quotas, "
            + "(SELECT count(*) FROM users WHERE storage_quota IS NULL) AS on_default, "
            + "(SELECT coalesce(sum(n), 0) FROM purchase_counts) AS purchases "
            + "FROM (SELECT count(*) AS files, coalesce(sum(file_size), 0) AS bytes, "
            + "count(*) FILTER (WHERE upload_date >= ?) AS recent FROM files) f";

    private final JdbcOperations jdbc;

    PostgresSystemStatistics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SystemCounts count(Instant now) {
        Timestamp monthStart = Timestamp.from(ZonedDateTime.ofInstant(now, ZoneOffset.UTC).toLocalDate().withDayOfMonth(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant());
        return jdbc.prepareStatement(COUNTS, statement -> {
            statement.setTimestamp(1, monthStart);
            statement.setTimestamp(2, monthStart);
            ResultSet row = statement.executeQuery();
            row.next();
            return new SystemCounts(
                    new SystemCounts.Users(row.getLong("users"), row.getLong("active_users"), row.getLong("admins"),
                            row.getLong("new_users")),
                    new SystemCounts.Files(row.getLong("files"), row.getLong("bytes"), row.getLong("recent")),
                    new SystemCounts.Storage(row.getLong("bytes"), row.getLong("stored"), row.getLong("own_quotas"),
                            row.getLong("on_default")),
                    row.getLong("purchases"));
        });
    }
}
