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
import io.spendvault.domain.analytics.GroupedSpending;
import io.spendvault.domain.analytics.MonthlySeries;
import io.spendvault.domain.analytics.PeriodSeries;
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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@link SpendingAnalytics} as one SQL statement per figure: PostgreSQL groups and adds up, only the results
 * travel. Sums are exact (NUMERIC); averages are divided here, half-even at the currency's minor units.
 * The warranty rule is the SQL form of {@code WarrantyStatus.effective}.
 * <p>
 * Money figures add up the running totals the database keeps with every purchase write (V15): per day and
 * currency for any span of dates, per category, product and vendor for the whole history; groups over a span
 * of dates are counted from the purchases of that span.
 */
@Singleton
@DatabaseAccess
@Transactional(readOnly = true)
public class PostgresSpendingAnalytics implements SpendingAnalytics {

    /** Money columns of a group of {@code kc} rows: spent and price sum in the currency, and how many purchases are in it. */
    private static final String MONEY = "coalesce(sum(spent) FILTER (WHERE currency_code = ?), 0) AS spent, "
            + "coalesce(sum(price_sum) FILTER (WHERE currency_code = ?), 0) AS price_sum, "
            + "coalesce(sum(count) FILTER (WHERE currency_code = ?), 0)::bigint AS in_currency";
    /**
     * The rows of a statement of groups: the groups ({@code per_currency} false: key, name, count in every
     * currency, then spent, price_sum and in_currency in the scope's currency) and one row per currency of
     * the same purchases ({@code per_currency} true: currency_code, count, spent_all), in these columns.
     */
    private static final String GROUP_COLUMNS = "per_currency, currency_code, key, name, count, spent_all, spent, price_sum, in_currency, rank";
    /** The per-currency rows of {@link #keyed}. */
    private static final String PER_CURRENCY = "SELECT true, currency_code, NULL, NULL, sum(count)::bigint, sum(spent), sum(spent), "
            + "sum(price_sum), sum(count)::bigint, 0 FROM kc GROUP BY currency_code";
    /** The spelling of a group ({@code %1$s}: the column, {@code %2$s}: the key expression) as its newest purchase in scope writes it. */
    private static final String NEWEST = "LEFT JOIN LATERAL (SELECT %1$s AS name FROM purchases p WHERE %3$s AND %2$s = top.key "
            + "ORDER BY p.created_at DESC, p.id DESC LIMIT 1) n ON true";
    private static final String EFFECTIVELY_ACTIVE = "w.status = 'ACTIVE' AND w.warranty_end >= ?";

    private final JdbcOperations jdbc;

    PostgresSpendingAnalytics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SpendingSummary summary(AnalyticsScope scope, LocalDate today, int expiringWithinDays) {
        // warranty counts, and the money per currency of the same purchases; the LEFT JOIN keeps the counts without purchases
        String sql = "SELECT w.*, c.* FROM (SELECT count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + ") AS active, "
                + "count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + " AND w.warranty_end <= ?) AS expiring, "
                + "count(*) FILTER (WHERE w.status = 'EXPIRED' OR (w.status = 'ACTIVE' AND w.warranty_end < ?)) AS expired, "
                + "count(*) FILTER (WHERE w.status = 'VOIDED') AS voided " + WarrantiesClause.of(scope) + ") w "
                + "LEFT JOIN (SELECT p.currency_code, sum(p.items) AS items, sum(p.spent) AS spent, sum(p.price_sum) AS price_sum, "
                + "sum(p.deductible) AS deductible, sum(p.deductible_spent) AS deductible_spent "
                + "FROM purchase_day_totals p WHERE " + ScopeClause.of(scope) + " GROUP BY p.currency_code HAVING sum(p.items) <> 0) c "
                + "ON true ORDER BY c.currency_code";
        CurrencyCode currency = scope.currency();
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).date(today).date(today).date(today.plusDays(expiringWithinDays)).date(today);
            WarrantiesClause.bind(bind, scope);
            ScopeClause.bind(bind, scope);
            ResultSet rows = statement.executeQuery();
            BigDecimal spent = Amounts.zero(currency);
            BigDecimal average = null;
            BigDecimal deductibleSpent = Amounts.zero(currency);
            long items = 0;
            long deductible = 0;
            SpendingSummary.WarrantyCounts warranties = null;
            List<CurrencySpending> others = new ArrayList<>();
            while (rows.next()) {
                warranties = new SpendingSummary.WarrantyCounts(rows.getLong("active"), rows.getLong("expiring"), rows.getLong("expired"),
                        rows.getLong("voided"));
                if (rows.getString("currency_code") == null) {
                    continue; // no purchases
                }
                CurrencyCode rowCurrency = new CurrencyCode(rows.getString("currency_code"));
                items += rows.getLong("items");
                deductible += rows.getLong("deductible");
                if (rowCurrency.equals(currency)) {
                    spent = Amounts.exact(rows.getBigDecimal("spent"), currency);
                    average = Amounts.average(rows.getBigDecimal("price_sum"), rows.getLong("items"), currency);
                    deductibleSpent = Amounts.exact(rows.getBigDecimal("deductible_spent"), currency);
                } else {
                    others.add(new CurrencySpending(rowCurrency, rows.getLong("items"), Amounts.exact(rows.getBigDecimal("spent"), rowCurrency)));
                }
            }
            return new SpendingSummary(spent, average, items, deductible, deductibleSpent, warranties, others);
        });
    }

    @Override
    public MonthlySeries monthly(AnalyticsScope scope, YearMonth first, YearMonth last) {
        PeriodSeries series = byPeriod(scope, first.atDay(1), last.atDay(1), Granularity.MONTH);
        return new MonthlySeries(series.periods().stream()
                .map(period -> new MonthlySpending(YearMonth.from(period.start()), period.total(), period.itemCount())).toList(),
                series.otherCurrencies());
    }

    @Override
    public GroupedSpending categories(AnalyticsScope scope) {
        return groups(scope, "category", "lower(p.category)", "p.category", "spent DESC, count DESC, key COLLATE \"C\" NULLS LAST",
                Integer.MAX_VALUE);
    }

    @Override
    public GroupedSpending topProducts(AnalyticsScope scope, int limit) {
        // names are stored without surrounding white space (the domain strips them): the case is all that differs
        return groups(scope, "product", "lower(p.product_name)", "p.product_name", "count DESC, spent DESC, key COLLATE \"C\"", limit);
    }

    @Override
    public GroupedSpending vendors(AnalyticsScope scope, VendorKind kind, int limit) {
        String table = kind == VendorKind.RETAILER ? "retailers" : "brands";
        String column = kind == VendorKind.RETAILER ? "p.retailer_id" : "p.brand_id";
        String order = "spent DESC, count DESC, key::text COLLATE \"C\" NULLS LAST";
        // the groups listed are named from the owner's vendors (a deleted vendor's purchases have none)
        String dimension = kind == VendorKind.RETAILER ? "retailer" : "brand";
        String sql = keyed(byGroup(scope, dimension, "::uuid", column)) + "SELECT false AS per_currency, NULL AS currency_code, top.key::text AS key, "
                + "v.name, top.count, 0 AS spent_all, top.spent, top.price_sum, top.in_currency, top.rank "
                + "FROM (SELECT g.*, row_number() OVER (ORDER BY " + order + ") AS rank FROM (SELECT * FROM g ORDER BY " + order
                + " LIMIT ?) g) top LEFT JOIN " + table + " v ON v.id = top.key AND v.user_id = ? "
                + "UNION ALL " + PER_CURRENCY + " ORDER BY per_currency, rank, currency_code";
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement);
            ScopeClause.bind(bind, scope);
            return grouped(bind.money(scope.currency()).integer(limit).uuid(scope), scope.currency());
        });
    }

    @Override
    public PeriodSeries byPeriod(AnalyticsScope scope, LocalDate start, LocalDate end, Granularity granularity) {
        String unit = granularity.name().toLowerCase(Locale.ROOT); // day, week (ISO, from Monday), month, year
        // the periods' sums are joined to the series on equality: a range join (purchase_date within each period)
        // becomes a nested loop under the generic plan PostgreSQL picks once the driver has prepared the statement.
        // The day totals are read twice (by period, by currency): cheaper than grouping them by both and then
        // again by each, whose thousands of NUMERIC sums outgrow work_mem for ten years of days.
        String span = ScopeClause.of(scope) + " AND p.purchase_date >= date_trunc('" + unit + "', ?::timestamp) "
                + "AND p.purchase_date < date_trunc('" + unit + "', ?::timestamp) + interval '1 " + unit + "'";
        String sql = "WITH g AS (SELECT date_trunc('" + unit + "', p.purchase_date::timestamp) AS key, sum(p.items) AS count, "
                + "coalesce(sum(p.spent) FILTER (WHERE p.currency_code = ?), 0) AS spent FROM purchase_day_totals p WHERE " + span
                + " GROUP BY 1 HAVING sum(p.items) <> 0) "
                + "SELECT false AS per_currency, NULL AS currency_code, b AS key, NULL AS name, coalesce(g.count, 0) AS count, "
                + "0 AS spent_all, coalesce(g.spent, 0) AS spent, 0 AS price_sum, 0 AS in_currency, 0 AS rank "
                + "FROM generate_series(date_trunc('" + unit + "', ?::timestamp), ?::timestamp, interval '1 " + unit + "') AS b "
                + "LEFT JOIN g ON g.key = b UNION ALL SELECT true, p.currency_code, NULL, NULL, sum(p.items)::bigint, sum(p.spent), "
                + "sum(p.spent), sum(p.price_sum), sum(p.items)::bigint, 0 FROM purchase_day_totals p WHERE " + span
                + " GROUP BY p.currency_code HAVING sum(p.items) <> 0 ORDER BY per_currency, key, currency_code";
        CurrencyCode currency = scope.currency();
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).text(currency.value());
            ScopeClause.bind(bind, scope);
            bind.date(start).date(end).date(start).date(end);
            ScopeClause.bind(bind, scope);
            bind.date(start).date(end);
            ResultSet rows = statement.executeQuery();
            List<PeriodSpending> periods = new ArrayList<>();
            CurrencyTotals totals = new CurrencyTotals(currency);
            while (rows.next()) {
                if (rows.getBoolean("per_currency")) {
                    totals.add(rows);
                } else {
                    periods.add(new PeriodSpending(rows.getObject("key", LocalDateTime.class).toLocalDate(),
                            Amounts.exact(rows.getBigDecimal("spent"), currency), rows.getLong("count")));
                }
            }
            return new PeriodSeries(periods, totals.spent, totals.items, totals.average, totals.others);
        });
    }

    @Override
    public WarrantyBreakdown warranties(AnalyticsScope scope, LocalDate today, int days) {
        String expiring = "count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + " AND w.warranty_end <= ?)";
        String sql = "SELECT count(*) FILTER (WHERE " + EFFECTIVELY_ACTIVE + ") AS active, "
                + "count(*) FILTER (WHERE w.status = 'EXPIRED' OR (w.status = 'ACTIVE' AND w.warranty_end < ?)) AS expired, "
                + "count(*) FILTER (WHERE w.status = 'VOIDED') AS voided, "
                + expiring + " AS within_days, " + expiring + " AS within_30, " + expiring + " AS within_60, " + expiring + " AS within_90, "
                + "count(*) AS total " + WarrantiesClause.of(scope);
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement).date(today).date(today);
            for (int horizon : new int[] {days, 30, 60, 90}) {
                bind.date(today).date(today.plusDays(horizon));
            }
            WarrantiesClause.bind(bind, scope);
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
        // the purchases are joined for the warranties listed only (and to all when dates restrict them)
        String sql = "WITH ending AS (SELECT w.id, w.purchase_id, w.warranty_end, "
                + "date_trunc('month', w.warranty_end)::date AS month, "
                + "row_number() OVER (PARTITION BY date_trunc('month', w.warranty_end) ORDER BY " + order + ") AS rank, "
                + "count(*) OVER (PARTITION BY date_trunc('month', w.warranty_end)) AS expiring "
                + WarrantiesClause.of(scope) + " AND w.status = 'ACTIVE' AND w.warranty_end >= ? "
                + "AND w.warranty_end >= ? AND w.warranty_end < ?) "
                + "SELECT m::date AS month, w.expiring, w.id, w.purchase_id, named.product_name, w.warranty_end "
                + "FROM generate_series(?::timestamp, ?::timestamp, interval '1 month') AS m "
                + "LEFT JOIN ending w ON w.month = m AND w.rank <= ? LEFT JOIN purchases named ON named.id = w.purchase_id "
                + "ORDER BY m, " + order;
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement);
            WarrantiesClause.bind(bind, scope);
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
        String groups = "SELECT p.currency_code, grouping(" + key + ") AS whole, " + key + " AS key, "
                + "(array_agg(p.category ORDER BY p.created_at DESC, p.id DESC))[1] AS name, count(*) AS count, sum(p.price * p.quantity) AS spent, sum(p.price) AS price_sum "
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

    /**
     * The scope's purchases by key and currency ({@code kc}: key, currency_code, count, spent, price_sum), and by
     * key with the money in the scope's currency ({@code g}); binds: those of {@code kc}, then the three currencies
     * of {@link #MONEY}.
     */
    private static String keyed(String kc) {
        return "WITH kc AS (" + kc + "), g AS (SELECT key, sum(count)::bigint AS count, " + MONEY + " FROM kc GROUP BY key) ";
    }

    /**
     * {@code kc} by one of the group totals' dimensions (its key {@code cast} to the key's type): over the whole
     * history from the totals, over a span of dates from the purchases (by {@code key}); binds those of the scope.
     */
    private static String byGroup(AnalyticsScope scope, String dimension, String cast, String key) {
        if (scope.from() == null && scope.to() == null) {
            return "SELECT p.group_key" + cast + " AS key, p.currency_code, sum(p.items) AS count, sum(p.spent) AS spent, "
                    + "sum(p.price_sum) AS price_sum FROM purchase_group_totals p WHERE p.user_id = ? AND p.dimension = '" + dimension + "' "
                    + "GROUP BY p.group_key, p.currency_code HAVING sum(p.items) <> 0";
        }
        return "SELECT " + key + " AS key, p.currency_code, count(*) AS count, sum(p.price * p.quantity) AS spent, "
                + "sum(p.price) AS price_sum FROM purchases p WHERE " + ScopeClause.of(scope) + " GROUP BY 1, 2";
    }

    /** One statement of groups by {@code key} ordered by {@code order}, at most {@code limit}, each named by {@code name}. */
    private GroupedSpending groups(AnalyticsScope scope, String dimension, String key, String name, String order, int limit) {
        String sql = keyed(byGroup(scope, dimension, "", key)) + "SELECT false AS per_currency, NULL AS currency_code, top.key, n.name, top.count, "
                + "0 AS spent_all, top.spent, top.price_sum, top.in_currency, top.rank "
                + "FROM (SELECT g.*, row_number() OVER (ORDER BY " + order + ") AS rank FROM (SELECT * FROM g ORDER BY " + order
                + " LIMIT ?) g) top " + NEWEST.formatted(name, key, ScopeClause.of(scope))
                + " UNION ALL " + PER_CURRENCY + " ORDER BY per_currency, rank, currency_code";
        return jdbc.prepareStatement(sql, statement -> {
            Binder bind = new Binder(statement);
            ScopeClause.bind(bind, scope);
            bind.money(scope.currency()).integer(limit);
            ScopeClause.bind(bind, scope);
            return grouped(bind, scope.currency());
        });
    }

    /** Runs a statement of {@link #GROUP_COLUMNS}: the groups in order, the currency's total and the others. */
    private static GroupedSpending grouped(Binder bound, CurrencyCode currency) throws SQLException {
        ResultSet rows = bound.statement.executeQuery();
        List<GroupSpending> groups = new ArrayList<>();
        CurrencyTotals totals = new CurrencyTotals(currency);
        while (rows.next()) {
            if (rows.getBoolean("per_currency")) {
                totals.add(rows);
                continue;
            }
            String groupKey = rows.getString("key");
            groups.add(new GroupSpending(groupKey, groupKey == null ? null : rows.getString("name"), rows.getLong("count"),
                    Amounts.exact(rows.getBigDecimal("spent"), currency),
                    Amounts.average(rows.getBigDecimal("price_sum"), rows.getLong("in_currency"), currency)));
        }
        return new GroupedSpending(groups, totals.spent, totals.others);
    }

    /** Adds up the per-currency rows of a statement: the scope currency's figures, the purchases in all, the others. */
    private static final class CurrencyTotals {
        private final CurrencyCode currency;
        private BigDecimal spent;
        private BigDecimal average;
        private long items;
        private final List<CurrencySpending> others = new ArrayList<>();

        CurrencyTotals(CurrencyCode currency) {
            this.currency = currency;
            this.spent = Amounts.zero(currency);
        }

        void add(ResultSet row) throws SQLException {
            CurrencyCode rowCurrency = new CurrencyCode(row.getString("currency_code"));
            long count = row.getLong("count");
            items += count;
            if (rowCurrency.equals(currency)) {
                spent = Amounts.exact(row.getBigDecimal("spent"), currency);
                average = Amounts.average(row.getBigDecimal("price_sum"), row.getLong("in_currency"), currency);
            } else {
                others.add(new CurrencySpending(rowCurrency, count, Amounts.exact(row.getBigDecimal("spent_all"), rowCurrency)));
            }
        }
    }

    /** The warranties of a scope's purchases: the owner's; joined to the purchases only when dates restrict them. */
    private static final class WarrantiesClause {
        static String of(AnalyticsScope scope) {
            return scope.from() == null && scope.to() == null ? "FROM warranties w WHERE w.user_id = ?"
                    : "FROM warranties w JOIN purchases p ON p.id = w.purchase_id WHERE w.user_id = ? AND " + ScopeClause.of(scope);
        }

        static void bind(Binder bind, AnalyticsScope scope) throws SQLException {
            bind.uuid(scope);
            if (scope.from() != null || scope.to() != null) {
                ScopeClause.bind(bind, scope);
            }
        }
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
