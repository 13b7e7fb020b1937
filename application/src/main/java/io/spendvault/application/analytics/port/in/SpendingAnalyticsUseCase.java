package io.spendvault.application.analytics.port.in;

import io.spendvault.domain.analytics.WarrantyBreakdown;
import io.spendvault.domain.analytics.WarrantyMonth;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.spending.WarrantyOverview;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the money went, for one user: every answer names its currency and lists the spending in the
 * others. Parameters outside their ranges are refused with the field named (422).
 */
public interface SpendingAnalyticsUseCase {

    int DEFAULT_MONTHS = 12;
    int MAX_MONTHS = 120;
    int DEFAULT_LIMIT = 10;
    int MAX_LIMIT = 100;
    int DEFAULT_DAYS = 30;
    int MAX_DAYS = 365;

    /** {@code days} (null: 30): how far ahead an active warranty counts as expiring. */
    AnalyticsViews.Summary summary(AnalyticsRequest request, Integer days);

    /** The last {@code months} months (null: 12) ending with the current one, empty months included. */
    AnalyticsViews.Monthly spending(AnalyticsRequest request, Integer months);

    AnalyticsViews.Groups categories(AnalyticsRequest request);

    /** {@code limit}: null is 10. */
    AnalyticsViews.Groups vendors(AnalyticsRequest request, VendorKind kind, Integer limit);

    AnalyticsViews.Groups topProducts(AnalyticsRequest request, Integer limit);

    /** The longest span {@link #byPeriod} covers, in days. */
    int MAX_PERIOD_DAYS = 3660;

    /**
     * Spending from {@code start} to {@code end} (both required, at most 3660 days apart) split by
     * {@code groupBy} ({@code day}, {@code week}, {@code month} (the default), {@code year}), empty periods included.
     */
    AnalyticsViews.Periods byPeriod(AnalyticsRequest request, LocalDate start, LocalDate end, String groupBy);

    /** The purchases in scope that cost most in all (price × quantity), in the scope's currency; {@code limit}: null is 10. */
    AnalyticsViews.Purchases expensivePurchases(AnalyticsRequest request, Integer limit);

    /** The latest purchases by purchase date; in every currency unless the request names one. */
    AnalyticsViews.Purchases recentPurchases(AnalyticsRequest request, Integer limit);

    /** The user's warranties, most recently recorded first, with their effective status; {@code limit}: null is 10. */
    List<WarrantyOverview> recentWarranties(UserId caller, Integer limit);

    /** How many warranties a month of the timeline lists (its count is of all). */
    int TIMELINE_LISTED_PER_MONTH = 20;

    /** The next {@code months} months (null: 12), starting with the current one, and the active warranties ending in each. */
    List<WarrantyMonth> warrantyTimeline(AnalyticsRequest request, Integer months);

    /** The warranties of the purchases in scope; {@code days} (null: 30) is the first "expiring" horizon. */
    WarrantyBreakdown warranties(AnalyticsRequest request, Integer days);

    /**
     * The tax-deductible purchases dated in {@code year} (null: the current one; 1900–2200), in the currency
     * throughout: total, count, by category and each one; the deductible purchases in other currencies apart.
     */
    AnalyticsViews.Tax tax(AnalyticsRequest request, Integer year);
}
