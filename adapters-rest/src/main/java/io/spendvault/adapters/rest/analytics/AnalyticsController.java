package io.spendvault.adapters.rest.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.adapters.rest.spending.WarrantyResponse;
import io.spendvault.application.analytics.port.in.SpendingAnalyticsUseCase;
import io.spendvault.domain.spending.VendorKind;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * Where the money went, read-only and per user, computed in the database. Money figures are in one currency
 * ({@code currency_code}: the {@code currency} asked for, else the user's setting); the rest is listed in
 * {@code other_currencies}. {@code date_from}/{@code date_to} filter on the purchase date.
 */
@Controller("/api/v1/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Analytics")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class AnalyticsController {

    private final SpendingAnalyticsUseCase analytics;

    public AnalyticsController(SpendingAnalyticsUseCase analytics) {
        this.analytics = analytics;
    }

    /** Totals, average unit price, counts, warranties by status (`days`: 1–365, default 30, for "expiring"). */
    @Get("/summary")
    public AnalyticsResponses.Summary summary(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer days, CurrentSession caller) {
        return AnalyticsResponses.Summary.of(analytics.summary(filters.toRequest(caller.user()), days));
    }

    /** One entry per month of the last `months` (1–120, default 12) ending with the current one; empty months are zero. */
    @Get("/spending")
    public AnalyticsResponses.Spending spending(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer months,
                                                CurrentSession caller) {
        return AnalyticsResponses.Spending.of(analytics.spending(filters.toRequest(caller.user()), months));
    }

    /** By category, compared ignoring case; purchases without one as `name: null`. */
    @Get("/categories")
    public AnalyticsResponses.Categories categories(@RequestBean AnalyticsFilters filters, CurrentSession caller) {
        return AnalyticsResponses.Categories.of(analytics.categories(filters.toRequest(caller.user())));
    }

    /** By retailer, most spent first (`limit` 1–100, default 10); purchases without one as `id: null`. */
    @Get("/retailers")
    public AnalyticsResponses.Retailers retailers(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer limit,
                                                  CurrentSession caller) {
        return AnalyticsResponses.Retailers.of(analytics.vendors(filters.toRequest(caller.user()), VendorKind.RETAILER, limit));
    }

    /** By brand, most spent first (`limit` 1–100, default 10); purchases without one as `id: null`. */
    @Get("/brands")
    public AnalyticsResponses.Brands brands(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer limit,
                                            CurrentSession caller) {
        return AnalyticsResponses.Brands.of(analytics.vendors(filters.toRequest(caller.user()), VendorKind.BRAND, limit));
    }

    /** The most bought products (name ignoring case and surrounding spaces), by count then total (`limit` 1–100, default 10). */
    @Get("/top-products")
    public AnalyticsResponses.TopProducts topProducts(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer limit,
                                                      CurrentSession caller) {
        return AnalyticsResponses.TopProducts.of(analytics.topProducts(filters.toRequest(caller.user()), limit));
    }

    /** Spending from `start_date` to `end_date` (required, at most 3660 days) by `group_by` (day, week, month, year; default month); empty periods are zero. */
    @Get("/spending/by-period")
    public AnalyticsResponses.ByPeriod byPeriod(@RequestBean AnalyticsFilters filters, @QueryValue("start_date") @Nullable LocalDate startDate,
                                                @QueryValue("end_date") @Nullable LocalDate endDate,
                                                @QueryValue("group_by") @Nullable String groupBy, CurrentSession caller) {
        return AnalyticsResponses.ByPeriod.of(analytics.byPeriod(filters.toRequest(caller.user()), startDate, endDate, groupBy));
    }

    /** Warranties by effective status, and the active ones ending within `days` (1–365, default 30), 30, 60 and 90 days. */
    @Get("/warranties/summary")
    public AnalyticsResponses.WarrantySummary warranties(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer days,
                                                         CurrentSession caller) {
        return AnalyticsResponses.WarrantySummary.of(analytics.warranties(filters.toRequest(caller.user()), days));
    }

    /** The next `months` months (1–120, default 12) from the current one: active warranties ending in each (20 listed, all counted). */
    @Get("/warranties/timeline")
    public AnalyticsResponses.Timeline timeline(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer months,
                                                CurrentSession caller) {
        return AnalyticsResponses.Timeline.of(analytics.warrantyTimeline(filters.toRequest(caller.user()), months));
    }

    /** The purchases that cost most in all (price × quantity), in the currency (`limit` 1–100, default 10). */
    @Get("/expensive-purchases")
    public AnalyticsResponses.Purchases expensivePurchases(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer limit,
                                                           CurrentSession caller) {
        return AnalyticsResponses.Purchases.of(analytics.expensivePurchases(filters.toRequest(caller.user()), limit));
    }

    /** The latest purchases by purchase date, in every currency unless `currency` is given (`limit` 1–100, default 10). */
    @Get("/recent-purchases")
    public AnalyticsResponses.Purchases recentPurchases(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer limit,
                                                        CurrentSession caller) {
        return AnalyticsResponses.Purchases.of(analytics.recentPurchases(filters.toRequest(caller.user()), limit));
    }

    /**
     * For a tax return: the tax-deductible purchases dated in `year` (1900–2200, default the current one), in the
     * currency throughout (count, categories and items too), by category and each one by date; the other currencies apart.
     */
    @Get("/tax")
    public AnalyticsResponses.Tax tax(@RequestBean AnalyticsFilters filters, @QueryValue @Nullable Integer year, CurrentSession caller) {
        return AnalyticsResponses.Tax.of(analytics.tax(filters.toRequest(caller.user()), year));
    }

    /** The most recently recorded warranties with their effective status (`limit` 1–100, default 10). */
    @Get("/recent-warranties")
    public AnalyticsResponses.Warranties recentWarranties(@QueryValue @Nullable Integer limit, CurrentSession caller) {
        return new AnalyticsResponses.Warranties(analytics.recentWarranties(caller.user(), limit).stream()
                .map(WarrantyResponse::of).toList());
    }
}
