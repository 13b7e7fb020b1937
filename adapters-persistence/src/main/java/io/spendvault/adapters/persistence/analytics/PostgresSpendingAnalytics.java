package io.spendvault.adapters.persistence.analytics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.domain.analytics.Amounts;
import io.spendvault.domain.analytics.AnalyticsScope;
import io.spendvault.domain.analytics.CurrencySpending;
import io.spendvault.domain.analytics.DeductiblePurchase;
import io.spendvault.domain.analytics.Granularity;
import io.spendvault.domain.analytics.GroupSpending;
import io.spendvault.domain.analytics.MonthlySpending;
import io.spendvault.domain.analytics.PeriodSpending;
import io.spendvault.domain.analytics.SpendingSummary;
import io.spendvault.domain.analytics.TaxDeductions;
import io.spendvault.domain.analytics.ExpiringWarranty;
import io.spendvault.domain.analytics.WarrantyBreakdown;
import io.spendvault.domain.analytics.WarrantyMonth;
import io.spendvault.domain.analytics.port.SpendingAnalytics;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.spending.WarrantyId;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@link SpendingAnalytics} as one SQL statement per figure: PostgreSQL groups and adds up, only the results
 * travel. Sums are exact (NUMERIC); averages are divided here, half-even at the currency's minor units.
 * The warranty rule is the SQL form of {@code WarrantyStatus.effective}.
 */
@Singleton
@DatabaseAccess
@Transactional(readOnly = true)
public class PostgresSpendingAnalytics implements SpendingAnalytics {

    /** Money columns of a group: spent and price sum in the currency, and how many purchases are in it. */
    private static final String MONEY = "coalesce(sum(p.price * p.quantity) FILTER (WHERE p.currency_code = ?), 0) AS spent, "
            + "coalesce(sum(p.price) FILTER (WHERE p.currency_code = ?), 0) AS price_sum, "
            + "count(*) FILTER (WHERE p.currency_code = ?) AS in_currency";
    /** The spelling of the most recently created purchase of a group. */
    private static final String NEWEST = " ORDER BY p.created_at DESC, p.id::text COLLATE \"C\" DESC))[1]";
    /**
     * The scope's purchases added up per period ({@code %s}: the unit), to be joined to the series of periods
     * on equality: a range join (purchase_date within each period) degrades to a nested loop under a
     * generic plan once the driver has prepared the statement.
     */
    private static final String PERIODS = "SELECT date_trunc('%s', p.purchase_date::timestamp) AS period, "
            + "sum(p.price * p.quantity) FILTER (WHERE p.currency_code = ?) AS spent, count(*) AS items FROM purchases p WHERE ";
    private static final String EFFECTIVELY_ACTIVE = "w.status = 'ACTIVE' AND w.warranty_end >= ?";

    private final JdbcOperations jdbc;

    PostgresSpendingAnalytics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SpendingSummary summary(AnalyticsScope scope, LocalDate today, int expiringWithinDays) {
        String sql = "SELECT s.*, w.* FROM (SELECT " + MONEY + ", count(*) AS items, count(*) FILTER (WHERE p.tax_deductible) AS deductible, "
                + "coalesce(sum(p.price * p.quantity) FILTER (WHERE p.tax_deductible AND p.currency_code = ?), 0) AS deductible_spent "
                + "FROM purchases p WHERE " + ScopeClause.of(scope) + ") s, "
                + "(SELECT count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + ") AS active, "
                + "count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + " AND w.warranty_end <= ?) AS expiring, "
                + "count(*) FILTER (WHERE w.status = 'EXPIRED' OR (w.status = 'ACTIVE' AND w.warranty_end < ?)) AS expired, "
                + "count(*) FILTER (WHERE w.status = 'VOIDED') AS voided "
                + "FROM warranties w JOIN purchases p ON p.id = w.purchase_id WHERE w.user_id = ? AND " + ScopeClause.of(scope) + ") w";
        CurrencyCode currency = scope.currency();
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement);
            bind.money(currency).text(currency.value());
            ScopeClause.bind(bind, scope);
            bind.date(today).date(today).date(today.plusDays(expiringWithinDays)).date(today).uuid(scope);
            ScopeClause.bind(bind, scope);
            ResultSet row = statement.executeQuery();
            row.next();
            return new SpendingSummary(Amounts.exact(row.getBigDecimal("spent"), currency),
                    Amounts.average(row.getBigDecimal("price_sum"), row.getLong("in_currency"), currency),
                    row.getLong("items"), row.getLong("deductible"), Amounts.exact(row.getBigDecimal("deductible_spent"), currency),
                    new SpendingSummary.WarrantyCounts(row.getLong("active"), row.getLong("expiring"), row.getLong("expired"),
                            row.getLong("voided")));
        });
    }

    @Override
    public List<MonthlySpending> monthly(AnalyticsScope scope, YearMonth first, YearMonth last) {
        String sql = "SELECT to_char(m, 'YYYY-MM') AS month, coalesce(g.spent, 0) AS spent, coalesce(g.items, 0) AS items "
                + "FROM generate_series(?::timestamp, ?::timestamp, interval '1 month') AS m LEFT JOIN (" + PERIODS.formatted("month")
                + ScopeClause.of(scope) + " AND p.purchase_date >= ? AND p.purchase_date < ? GROUP BY 1) g ON g.period = m ORDER BY m";
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).date(first.atDay(1)).date(last.atDay(1)).text(scope.currency().value());
            ScopeClause.bind(bind, scope);
            bind.date(first.atDay(1)).date(last.plusMonths(1).atDay(1));
            ResultSet rows = statement.executeQuery();
            List<MonthlySpending> months = new ArrayList<>();
            while (rows.next()) {
                months.add(new MonthlySpending(YearMonth.parse(rows.getString("month")),
                        Amounts.exact(rows.getBigDecimal("spent"), scope.currency()), rows.getLong("items")));
            }
            return months;
        });
    }

    @Override
    public List<GroupSpending> categories(AnalyticsScope scope) {
        return groups(scope, "lower(p.category)", "(array_agg(p.category" + NEWEST, "ORDER BY spent DESC, count DESC, KEY COLLATE \"C\" NULLS LAST", null);
    }

    @Override
    public List<GroupSpending> vendors(AnalyticsScope scope, VendorKind kind, int limit) {
        String table = kind == VendorKind.RETAILER ? "retailers" : "brands";
        String column = kind == VendorKind.RETAILER ? "retailer_id" : "brand_id";
        // group first, then name the few groups from the owner's vendors (a deleted vendor's purchases have none)
        String sql = "SELECT g.vendor::text AS key, v.name, g.count, g.spent, g.price_sum, g.in_currency FROM "
                + "(SELECT p." + column + " AS vendor, count(*) AS count, " + MONEY + " FROM purchases p WHERE " + ScopeClause.of(scope)
                + " GROUP BY p." + column + ") g LEFT JOIN " + table + " v ON v.id = g.vendor AND v.user_id = ? "
                + "ORDER BY g.spent DESC, g.count DESC, g.vendor::text COLLATE \"C\" NULLS LAST LIMIT ?";
        CurrencyCode currency = scope.currency();
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).money(currency);
            ScopeClause.bind(bind, scope);
            return groupsOf(bind.uuid(scope).integer(limit), currency);
        });
    }

    @Override
    public List<GroupSpending> topProducts(AnalyticsScope scope, int limit) {
        String trimmed = "btrim(p.product_name, E' \\t\\r\\n')";
        return groups(scope, "lower(" + trimmed + ")", "(array_agg(" + trimmed + NEWEST,
                "ORDER BY count DESC, spent DESC, KEY COLLATE \"C\" LIMIT ?", limit);
    }

    @Override
    public List<PeriodSpending> byPeriod(AnalyticsScope scope, LocalDate start, LocalDate end, Granularity granularity) {
        String unit = granularity.name().toLowerCase(Locale.ROOT); // day, week (ISO, from Monday), month, year
        String sql = "SELECT b::date AS start, coalesce(g.spent, 0) AS spent, coalesce(g.items, 0) AS items "
                + "FROM generate_series(date_trunc('" + unit + "', ?::timestamp), ?::timestamp, interval '1 " + unit + "') AS b "
                + "LEFT JOIN (" + PERIODS.formatted(unit) + ScopeClause.of(scope) + " AND p.purchase_date >= date_trunc('" + unit
                + "', ?::timestamp) AND p.purchase_date < date_trunc('" + unit + "', ?::timestamp) + interval '1 " + unit + "' "
                + "GROUP BY 1) g ON g.period = b ORDER BY b";
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).date(start).date(end).text(scope.currency().value());
            ScopeClause.bind(bind, scope);
            bind.date(start).date(end);
            ResultSet rows = statement.executeQuery();
            List<PeriodSpending> periods = new ArrayList<>();
            while (rows.next()) {
                periods.add(new PeriodSpending(rows.getDate("start").toLocalDate(),
                        Amounts.exact(rows.getBigDecimal("spent"), scope.currency()), rows.getLong("items")));
            }
            return periods;
        });
    }

    @Override
    public WarrantyBreakdown warranties(AnalyticsScope scope, LocalDate today, int days) {
        String expiring = "count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + " AND w.warranty_end <= ?)";
        String sql = "SELECT count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + ") AS active, "
                + "count(*) FILTER (WHERE w.status = 'EXPIRED' OR (w.status = 'ACTIVE' AND w.warranty_end < ?)) AS expired, "
                + "count(*) FILTER (WHERE w.status = 'VOIDED') AS voided, "
                + expiring + " AS within_days, " + expiring + " AS within_30, " + expiring + " AS within_60, " + expiring + " AS within_90, "
                + "count(*) AS total FROM warranties w JOIN purchases p ON p.id = w.purchase_id WHERE w.user_id = ? AND " + ScopeClause.of(scope);
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).date(today).date(today);
            for (int horizon : new int[] {days, 30, 60, 90}) {
                bind.date(today).date(today.plusDays(horizon));
            }
            bind.uuid(scope);
            ScopeClause.bind(bind, scope);
            ResultSet row = statement.executeQuery();
            row.next();
            return new WarrantyBreakdown(row.getLong("active"), row.getLong("expired"), row.getLong("voided"),
                    row.getLong("within_days"), row.getLong("within_30"), row.getLong("within_60"), row.getLong("within_90"),
                    row.getLong("total"));
        });
    }

    @Override
    public List<WarrantyMonth> warrantyTimeline(AnalyticsScope scope, LocalDate today, YearMonth first, YearMonth last, int perMonth) {
        String order = "w.warranty_end, w.id::text COLLATE \"C\"";
        String sql = "WITH ending AS (SELECT w.id, w.purchase_id, p.product_name, w.warranty_end, "
                + "date_trunc('month', w.warranty_end)::date AS month, "
                + "row_number() OVER (PARTITION BY date_trunc('month', w.warranty_end) ORDER BY " + order + ") AS rank, "
                + "count(*) OVER (PARTITION BY date_trunc('month', w.warranty_end)) AS expiring "
                + "FROM warranties w JOIN purchases p ON p.id = w.purchase_id "
                + "WHERE w.user_id = ? AND " + ScopeClause.of(scope) + " AND w.status = 'ACTIVE' AND w.warranty_end >= ? "
                + "AND w.warranty_end >= ? AND w.warranty_end < ?) "
                + "SELECT m::date AS month, w.expiring, w.id, w.purchase_id, w.product_name, w.warranty_end "
                + "FROM generate_series(?::timestamp, ?::timestamp, interval '1 month') AS m "
                + "LEFT JOIN ending w ON w.month = m AND w.rank <= ? ORDER BY m, " + order;
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).uuid(scope);
            ScopeClause.bind(bind, scope);
            bind.date(today).date(first.atDay(1)).date(last.plusMonths(1).atDay(1)).date(first.atDay(1)).date(last.atDay(1)).integer(perMonth);
            ResultSet rows = statement.executeQuery();
            List<WarrantyMonth> months = new ArrayList<>();
            YearMonth month = null;
            long expiring = 0;
            List<ExpiringWarranty> listed = new ArrayList<>();
            while (rows.next()) {
                YearMonth rowMonth = YearMonth.from(rows.getDate("month").toLocalDate());
                if (!rowMonth.equals(month)) {
                    if (month != null) {
                        months.add(new WarrantyMonth(month, expiring, listed));
                    }
                    month = rowMonth;
                    expiring = rows.getLong("expiring"); // null (0) for a month without any
                    listed = new ArrayList<>();
                }
                if (rows.getObject("id") != null) {
                    listed.add(new ExpiringWarranty(new WarrantyId(rows.getObject("id", UUID.class)),
                            new PurchaseId(rows.getObject("purchase_id", UUID.class)), rows.getString("product_name"),
                            rows.getDate("warranty_end").toLocalDate()));
                }
            }
            if (month != null) {
                months.add(new WarrantyMonth(month, expiring, listed));
            }
            return months;
        });
    }

    @Override
    public TaxDeductions taxDeductions(AnalyticsScope scope) {
        // per currency and category, and per currency alone (grouping 1): the report's groups, totals and the other currencies
        String key = "lower(p.category)";
        String groups = "SELECT p.currency_code, grouping(" + key + ") AS whole, " + key + " AS key, (array_agg(p.category" + NEWEST
                + " AS name, count(*) AS count, sum(p.price * p.quantity) AS spent, sum(p.price) AS price_sum "
                + "FROM purchases p WHERE " + ScopeClause.of(scope) + " AND p.tax_deductible "
                + "GROUP BY GROUPING SETS ((p.currency_code, " + key + "), (p.currency_code)) "
                + "ORDER BY whole DESC, p.currency_code, spent DESC, count DESC, " + key + " COLLATE \"C\" NULLS LAST";
        CurrencyCode currency = scope.currency();
        TaxDeductions totals = jdbc.prepareStatement(groups, statement -> {
            ScopeClause.bind(new Binder(statement), scope);
            ResultSet rows = statement.executeQuery();
            BigDecimal total = Amounts.zero(currency);
            long count = 0;
            List<GroupSpending> byCategory = new ArrayList<>();
            List<CurrencySpending> others = new ArrayList<>();
            while (rows.next()) {
                CurrencyCode rowCurrency = new CurrencyCode(rows.getString("currency_code"));
                BigDecimal spent = Amounts.exact(rows.getBigDecimal("spent"), rowCurrency);
                if (rows.getBoolean("whole") && rowCurrency.equals(currency)) {
                    total = spent;
                    count = rows.getLong("count");
                } else if (rows.getBoolean("whole")) {
                    others.add(new CurrencySpending(rowCurrency, rows.getLong("count"), spent));
                } else if (rowCurrency.equals(currency)) {
                    String groupKey = rows.getString("key");
                    byCategory.add(new GroupSpending(groupKey, groupKey == null ? null : rows.getString("name"), rows.getLong("count"), spent,
                            Amounts.average(rows.getBigDecimal("price_sum"), rows.getLong("count"), currency)));
                }
            }
            return new TaxDeductions(total, count, byCategory, List.of(), others);
        });
        String items = "SELECT p.id, p.purchase_date, p.product_name, p.category, r.name AS retailer, p.quantity, p.price, "
                + "p.price * p.quantity AS spent, (SELECT count(*) FROM purchase_files f WHERE f.purchase_id = p.id) AS attachments "
                + "FROM purchases p LEFT JOIN retailers r ON r.id = p.retailer_id "
                + "WHERE " + ScopeClause.of(scope) + " AND p.tax_deductible AND p.currency_code = ? "
                + "ORDER BY p.purchase_date, p.created_at, p.id::text COLLATE \"C\"";
        List<DeductiblePurchase> listed = jdbc.prepareStatement(items, statement -> {
            Binder bind = new Binder(statement);
            ScopeClause.bind(bind, scope);
            bind.text(currency.value());
            ResultSet rows = statement.executeQuery();
            List<DeductiblePurchase> purchases = new ArrayList<>();
            while (rows.next()) {
                purchases.add(new DeductiblePurchase(new PurchaseId(rows.getObject("id", UUID.class)), rows.getDate("purchase_date").toLocalDate(),
                        rows.getString("product_name"), rows.getString("category"), rows.getString("retailer"), rows.getInt("quantity"),
                        Amounts.exact(rows.getBigDecimal("price"), currency), Amounts.exact(rows.getBigDecimal("spent"), currency),
                        rows.getLong("attachments")));
            }
            return purchases;
        });
        return new TaxDeductions(totals.total(), totals.itemCount(), totals.byCategory(), listed, totals.otherCurrencies());
    }

    @Override
    public List<CurrencySpending> otherCurrencies(AnalyticsScope scope) {
        String sql = "SELECT p.currency_code, count(*) AS items, sum(p.price * p.quantity) AS spent FROM purchases p WHERE "
                + ScopeClause.of(scope) + " AND p.currency_code <> ? GROUP BY p.currency_code ORDER BY p.currency_code";
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement);
            ScopeClause.bind(bind, scope);
            bind.text(scope.currency().value());
            ResultSet rows = statement.executeQuery();
            List<CurrencySpending> others = new ArrayList<>();
            while (rows.next()) {
                CurrencyCode currency = new CurrencyCode(rows.getString("currency_code"));
                others.add(new CurrencySpending(currency, rows.getLong("items"), Amounts.exact(rows.getBigDecimal("spent"), currency)));
            }
            return others;
        });
    }

    private List<GroupSpending> groups(AnalyticsScope scope, String key, String name, String order, Integer limit) {
        String sql = "SELECT " + key + " AS key, " + name + " AS name, count(*) AS count, " + MONEY
                + " FROM purchases p WHERE " + ScopeClause.of(scope) + " GROUP BY 1 "
                + order.replace("KEY", "(" + key + ")"); // an output name cannot take COLLATE: the expression again
        CurrencyCode currency = scope.currency();
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).money(currency);
            ScopeClause.bind(bind, scope);
            if (limit != null) {
                bind.integer(limit);
            }
            return groupsOf(bind, currency);
        });
    }

    /** Runs a statement of groups: key, name, count (every currency) and the {@link #MONEY} columns. */
    private static List<GroupSpending> groupsOf(Binder bound, CurrencyCode currency) throws SQLException {
        ResultSet rows = bound.statement.executeQuery();
        List<GroupSpending> groups = new ArrayList<>();
        while (rows.next()) {
            String groupKey = rows.getString("key");
            groups.add(new GroupSpending(groupKey, groupKey == null ? null : rows.getString("name"), rows.getLong("count"),
                    Amounts.exact(rows.getBigDecimal("spent"), currency),
                    Amounts.average(rows.getBigDecimal("price_sum"), rows.getLong("in_currency"), currency)));
        }
        return groups;
    }

    /** The purchases of a scope: the owner's, within the dates given (only those conditions that apply). */
    private static final class ScopeClause {
        static String of(AnalyticsScope scope) {
            return "p.user_id = ?" + (scope.from() == null ? "" : " AND p.purchase_date >= ?")
                    + (scope.to() == null ? "" : " AND p.purchase_date <= ?");
        }

        static void bind(Binder bind, AnalyticsScope scope) throws SQLException {
            bind.uuid(scope);
            if (scope.from() != null) {
                bind.date(scope.from());
            }
            if (scope.to() != null) {
                bind.date(scope.to());
            }
        }
    }

    /** Binds parameters in order, so that a statement reads like its SQL. */
    private static final class Binder {
        private final PreparedStatement statement;
        private int index = 1;

        Binder(PreparedStatement statement) {
            this.statement = statement;
        }

        Binder text(String value) throws SQLException {
            statement.setString(index++, value);
            return this;
        }

        /** The three currency parameters of {@link #MONEY}. */
        Binder money(CurrencyCode currency) throws SQLException {
            return text(currency.value()).text(currency.value()).text(currency.value());
        }

        Binder date(LocalDate value) throws SQLException {
            statement.setDate(index++, Date.valueOf(value));
            return this;
        }

        Binder uuid(AnalyticsScope scope) throws SQLException {
            statement.setObject(index++, scope.owner().value());
            return this;
        }

        Binder integer(int value) throws SQLException {
            statement.setInt(index++, value);
            return this;
        }
    }
}
