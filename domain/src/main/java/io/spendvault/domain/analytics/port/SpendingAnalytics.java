package io.spendvault.domain.analytics.port;

import io.spendvault.domain.analytics.AnalyticsScope;
import io.spendvault.domain.analytics.Granularity;
import io.spendvault.domain.analytics.GroupedSpending;
import io.spendvault.domain.analytics.MonthlySeries;
import io.spendvault.domain.analytics.PeriodSeries;
import io.spendvault.domain.analytics.SpendingSummary;
import io.spendvault.domain.analytics.TaxDeductions;
import io.spendvault.domain.analytics.WarrantyBreakdown;
import io.spendvault.domain.analytics.WarrantyMonth;
import io.spendvault.domain.spending.VendorKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Read-only figures over a user's purchases, computed where the data is (one query each), never by loading
 * the purchases. Spent means price × quantity; money is only added up within the scope's currency. Each
 * figure with money also gives the spending of the same purchases in the other currencies (by currency code).
 */
public interface SpendingAnalytics {

    /** {@code expiringWithinDays}: how many days after {@code today} an active warranty counts as expiring. */
    SpendingSummary summary(AnalyticsScope scope, LocalDate today, int expiringWithinDays);

    /**
     * Every month from {@code first} to {@code last}, oldest first, months without purchases with zero; the
     * other currencies of the purchases in those months.
     */
    MonthlySeries monthly(AnalyticsScope scope, YearMonth first, YearMonth last);

    /**
     * By category, compared ignoring case (named as most recently written), the purchases without one as
     * key and name null; highest total first, then most purchases, then name.
     */
    GroupedSpending categories(AnalyticsScope scope);

    /** By retailer or brand (key: its id), the purchases without one as key and name null; order as categories, at most {@code limit}. */
    GroupedSpending vendors(AnalyticsScope scope, VendorKind kind, int limit);

    /**
     * By product name, ignoring case and surrounding spaces (named as most recently written; key: that
     * normalised name): most purchases first, then highest total, then name; at most {@code limit}.
     */
    GroupedSpending topProducts(AnalyticsScope scope, int limit);

    /**
     * Every {@code granularity} period from the one containing {@code start} to the one containing {@code end},
     * oldest first, periods without purchases with zero (the scope's dates restrict the purchases further);
     * the totals and the other currencies are those of the purchases in the periods.
     */
    PeriodSeries byPeriod(AnalyticsScope scope, LocalDate start, LocalDate end, Granularity granularity);

    /** The warranties of the scope's purchases; {@code days}: the first "expiring" horizon. */
    WarrantyBreakdown warranties(AnalyticsScope scope, LocalDate today, int days);

    /**
     * Every month from {@code first} to {@code last}: the active warranties of the scope's purchases that end in
     * it, not before {@code today}; listed by end date then id, at most {@code perMonth} (the count is of all).
     */
    List<WarrantyMonth> warrantyTimeline(AnalyticsScope scope, LocalDate today, YearMonth first, YearMonth last, int perMonth);

    /**
     * The scope's tax-deductible purchases: in its currency (by category highest total first, then most
     * purchases, then name; each listed by purchase date, then creation, then id), and in the others.
     */
    TaxDeductions taxDeductions(AnalyticsScope scope);
}
