package io.spendvault.adapters.persistence.admin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.adapters.persistence.common.SqlFilter;
import io.spendvault.domain.admin.AuditEntry;
import io.spendvault.domain.admin.port.AdminAuditLog;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/** {@link AdminAuditLog} on PostgreSQL: the {@code admin_audit} table, read newest first off its index. */
@Singleton
@DatabaseAccess
@Transactional // joins the transaction of the change it records
public class PostgresAdminAuditLog implements AdminAuditLog {

    private static final String COLUMNS =
            "id, actor_id, actor_username, action, target_id, target_username, field, before_value, after_value, created_at";

    private final JdbcOperations jdbc;

    PostgresAdminAuditLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEntry entry) {
        jdbc.prepareStatement("INSERT INTO admin_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, entry.id());
            statement.setObject(2, entry.actor().value());
            statement.setString(3, entry.actorUsername());
            statement.setString(4, entry.action());
            statement.setObject(5, entry.target().value());
            statement.setString(6, entry.targetUsername());
            statement.setString(7, entry.field());
            statement.setString(8, entry.before());
            statement.setString(9, entry.after());
            statement.setTimestamp(10, Timestamp.from(entry.at()));
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<AuditEntry> list(PageRequest page) {
        return SqlFilter.where("true").page(jdbc, "admin_audit", "SELECT " + COLUMNS + " FROM admin_audit",
                "created_at DESC, id DESC", page, PostgresAdminAuditLog::entry);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getObject("id", UUID.class), new UserId(row.getObject("actor_id", UUID.class)),
                row.getString("actor_username"), row.getString("action"), new UserId(row.getObject("target_id", UUID.class)),
                row.getString("target_username"), row.getString("field"), row.getString("before_value"),
                row.getString("after_value"), row.getTimestamp("created_at").toInstant());
    }
}
