package io.spendvault.adapters.persistence.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;

/**
 * Hands a query's rows to a consumer as they arrive. Inside a transaction the PostgreSQL driver reads
 * with a server-side cursor, {@link #FETCH_SIZE} rows at a time, so memory stays flat however many rows
 * the query has; callers are {@code @Transactional}, which guarantees that transaction.
 */
public final class RowCursor {

    static final int FETCH_SIZE = 500;

    private RowCursor() {
    }

    public static <T> void forEach(JdbcOperations jdbc, String sql, Object parameter, SqlFilter.RowMapper<T> mapper,
                                   Consumer<? super T> each) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            statement.setFetchSize(FETCH_SIZE);
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(mapper.map(rows));
                }
            }
            return null;
        });
    }

    /** Runs a statement with one parameter and returns how many rows it changed. */
    public static long update(JdbcOperations jdbc, String sql, Object parameter) {
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            statement.setObject(1, parameter);
            return (long) statement.executeUpdate();
        });
    }
}
