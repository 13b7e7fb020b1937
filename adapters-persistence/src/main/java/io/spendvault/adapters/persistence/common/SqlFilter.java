package io.spendvault.adapters.persistence.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The WHERE clause of a list query, built from optional filters with their parameters kept in order, and
 * the count + page pair every paginated list runs with it. Values are always bound, never spliced in.
 */
public final class SqlFilter {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final StringBuilder conditions = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private String countQuery;
    private Object[] countParameters;
    private String seek;
    private final List<Object> seekParameters = new ArrayList<>();

    private SqlFilter() {
    }

    public static SqlFilter where(String condition, Object... values) {
        return new SqlFilter().and(condition, values);
    }

    /** Adds {@code condition} with its {@code ?} values; a {@code String[]} binds as a text array. */
    public SqlFilter and(String condition, Object... values) {
        conditions.append(conditions.isEmpty() ? " WHERE " : " AND ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Reads the total with {@code query} (bound with {@code values}) instead of counting the matching rows. */
    public SqlFilter countedBy(String query, Object... values) {
        this.countQuery = query;
        this.countParameters = values;
        return this;
    }

    /**
     * Starts the page after a position ({@code condition}, e.g. {@code (p.price, p.id) > (?, ?)}): keyset
     * paging. It narrows the page only; the total still counts every match.
     */
    public SqlFilter seek(String condition, Object... values) {
        this.seek = condition;
        seekParameters.addAll(List.of(values));
        return this;
    }

    public String sql() {
        return conditions.toString();
    }

    /** Binds the filter's values from index 1 and returns the next free index. */
    public int bind(PreparedStatement statement) throws SQLException {
        return bind(statement, parameters, 1);
    }

    private static int bind(PreparedStatement statement, List<Object> values, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            if (value instanceof String[] array) {
                statement.setArray(index++, statement.getConnection().createArrayOf("text", array));
            } else {
                statement.setObject(index++, value);
            }
        }
        return index;
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching lower-cased text that contains {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching text that starts with {@code text}, case kept. */
    public static String prefix(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Counts the matching rows of {@code from} and reads one page of them with {@code select} ... {@code order}.
     *
     * @param select the query up to and including its FROM clause, which this filter then continues
     */
    public <T> Page<T> page(JdbcOperations jdbc, String from, String select, String order, PageRequest page, RowMapper<T> mapper) {
        return page(jdbc, from, slice -> select + slice, page, order, mapper);
    }

    /**
     * Like {@link #page(JdbcOperations, String, String, String, PageRequest, RowMapper)}, for queries that
     * must place the filtered, ordered slice themselves, e.g. inside a subquery so joins run for the
     * page's rows only.
     *
     * @param query builds the page query around the slice {@code " WHERE … ORDER BY <order> LIMIT ? OFFSET ?"}
     *              (the WHERE including the {@link #seek} position, if any)
     */
    public <T> Page<T> page(JdbcOperations jdbc, String from, UnaryOperator<String> query, PageRequest page,
                            String order, RowMapper<T> mapper) {
        long total = jdbc.prepareStatement(countQuery != null ? countQuery : "SELECT count(*) FROM " + from + sql(), statement -> {
            if (countQuery != null) {
                for (int i = 0; i < countParameters.length; i++) {
                    statement.setObject(i + 1, countParameters[i]);
                }
            } else {
                bind(statement);
            }
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
        if (total <= page.offset()) {
            return new Page<>(List.of(), total, page);
        }
        String where = seek == null ? sql() : sql() + (conditions.isEmpty() ? " WHERE " : " AND ") + seek;
        List<T> items = jdbc.prepareStatement(query.apply(where + " ORDER BY " + order + " LIMIT ? OFFSET ?"), statement -> {
            int index = bind(statement, seekParameters, bind(statement));
            statement.setInt(index++, page.size());
            statement.setLong(index, page.offset());
            ResultSet rows = statement.executeQuery();
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        });
        return new Page<>(items, total, page);
    }
}
