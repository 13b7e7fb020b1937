package io.spendvault.application.analytics;

import io.spendvault.application.analytics.port.in.AnalyticsRequest;
import io.spendvault.application.analytics.port.in.AnalyticsViews;
import io.spendvault.application.analytics.port.in.SpendingAnalyticsUseCase;
import io.spendvault.domain.analytics.Amounts;
import io.spendvault.domain.analytics.AnalyticsScope;
import io.spendvault.domain.analytics.Granularity;
import io.spendvault.domain.analytics.GroupedSpending;
import io.spendvault.domain.analytics.MonthlySeries;
import io.spendvault.domain.analytics.SpendingSummary;
import io.spendvault.domain.analytics.TaxDeductions;
import io.spendvault.domain.analytics.WarrantyBreakdown;
import io.spendvault.domain.analytics.WarrantyMonth;
import io.spendvault.domain.analytics.port.SpendingAnalytics;
import io.spendvault.domain.common.Dates;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.Sort;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.PurchaseQuery;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.WarrantyOverview;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.WarrantyRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves the currency (the request's, else the user's setting), checks the parameters, asks the analytics
 * port, and adds shares. "Today" and "this month" are UTC dates of the application's clock.
 */
public class SpendingAnalyticsService implements SpendingAnalyticsUseCase {

    private final SpendingAnalytics analytics;
    private final PurchaseRepository purchases;
    private final WarrantyRepository warranties;
    private final SettingsRepository settings;
    private final Clock clock;

    public SpendingAnalyticsService(SpendingAnalytics analytics, PurchaseRepository purchases, WarrantyRepository warranties,
                                    SettingsRepository settings, Clock clock) {
        this.analytics = analytics;
        this.purchases = purchases;
        this.warranties = warranties;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AnalyticsViews.Summary summary(AnalyticsRequest request, Integer days) {
        Violations problems = new Violations();
        int within = within(problems, "days", days, DEFAULT_DAYS, MAX_DAYS);
        AnalyticsScope scope = scope(request, problems);
        SpendingSummary figures = analytics.summary(scope, today(), within);
        return new AnalyticsViews.Summary(scope.currency(), figures, figures.otherCurrencies());
    }

    @Override
    public AnalyticsViews.Monthly spending(AnalyticsRequest request, Integer months) {
        Violations problems = new Violations();
        int count = within(problems, "months", months, DEFAULT_MONTHS, MAX_MONTHS);
        AnalyticsScope scope = scope(request, problems);
        YearMonth current = YearMonth.from(today());
        MonthlySeries series = analytics.monthly(scope, current.minusMonths(count - 1L), current);
        return new AnalyticsViews.Monthly(scope.currency(), series.months(), series.otherCurrencies());
    }

    @Override
    public AnalyticsViews.Groups categories(AnalyticsRequest request) {
        return groups(scope(request, new Violations()), analytics::categories);
    }

    @Override
    public AnalyticsViews.Groups vendors(AnalyticsRequest request, VendorKind kind, Integer limit) {
        Violations problems = new Violations();
        int top = within(problems, "limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
        return groups(scope(request, problems), scope -> analytics.vendors(scope, kind, top));
    }

    @Override
    public AnalyticsViews.Groups topProducts(AnalyticsRequest request, Integer limit) {
        Violations problems = new Violations();
        int top = within(problems, "limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
        return groups(scope(request, problems), scope -> analytics.topProducts(scope, top));
    }

    @Override
    public AnalyticsViews.Periods byPeriod(AnalyticsRequest request, LocalDate start, LocalDate end, String groupBy) {
        Violations problems = new Violations();
        Granularity granularity = problems.check(() -> granularity(groupBy));
        if (start == null) {
            problems.add("startDate", "is required");
        }
        if (end == null) {
            problems.add("endDate", "is required");
        }
        if (start != null && end != null && start.isAfter(end)) {
            problems.add("endDate", "end_date must not be before start_date");
        } else if (start != null && end != null && ChronoUnit.DAYS.between(start, end) > MAX_PERIOD_DAYS) {
            problems.add("endDate", "the span must be at most " + MAX_PERIOD_DAYS + " days");
        }
        problems.check(() -> Dates.requireInRange("startDate", start));
        problems.check(() -> Dates.requireInRange("endDate", end));
        AnalyticsScope scope = narrowed(scope(request, problems), start, end, "start_date..end_date");
        return new AnalyticsViews.Periods(scope.currency(), start, end, granularity, analytics.byPeriod(scope, start, end, granularity));
    }

    @Override
    public AnalyticsViews.Tax tax(AnalyticsRequest request, Integer year) {
        Violations problems = new Violations();
        int taxYear = year == null ? today().getYear() : year;
        if (taxYear < Dates.EARLIEST.getYear() || taxYear > Dates.LATEST.getYear()) {
            problems.add("year", "year must be between " + Dates.EARLIEST.getYear() + " and " + Dates.LATEST.getYear());
            taxYear = today().getYear(); // only to finish checking the rest
        }
        Year asked = Year.of(taxYear);
        AnalyticsScope scope = narrowed(scope(request, problems), asked.atDay(1), asked.atMonth(12).atEndOfMonth(), "the year");
        TaxDeductions deductions = analytics.taxDeductions(scope);
        return new AnalyticsViews.Tax(asked, scope.currency(), deductions, deductions.byCategory().stream()
                .map(group -> new AnalyticsViews.Share(group, Amounts.percentage(group.total(), deductions.total()))).toList());
    }

    /** The request's scope restricted to {@code start..end} too: both the shared date filters and the span apply. */
    private static AnalyticsScope narrowed(AnalyticsScope requested, LocalDate start, LocalDate end, String span) {
        LocalDate from = requested.from() == null || requested.from().isBefore(start) ? start : requested.from();
        LocalDate to = requested.to() == null || requested.to().isAfter(end) ? end : requested.to();
        if (from.isAfter(to)) {
            throw new RuleViolationException("dateFrom", "date_from..date_to does not overlap " + span);
        }
        return new AnalyticsScope(requested.owner(), requested.currency(), from, to);
    }

    @Override
    public WarrantyBreakdown warranties(AnalyticsRequest request, Integer days) {
        Violations problems = new Violations();
        int within = within(problems, "days", days, DEFAULT_DAYS, MAX_DAYS);
        return analytics.warranties(scope(request, problems), today(), within);
    }

    @Override
    public AnalyticsViews.Purchases expensivePurchases(AnalyticsRequest request, Integer limit) {
        Violations problems = new Violations();
        int top = within(problems, "limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
        AnalyticsScope scope = scope(request, problems);
        return new AnalyticsViews.Purchases(scope.currency(), picked(scope, scope.currency(), PurchaseQuery.SortBy.SPENT, top));
    }

    @Override
    public AnalyticsViews.Purchases recentPurchases(AnalyticsRequest request, Integer limit) {
        Violations problems = new Violations();
        int top = within(problems, "limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
        AnalyticsScope scope = scope(request, problems);
        CurrencyCode currency = request.currency() == null ? null : scope.currency();
        return new AnalyticsViews.Purchases(currency, picked(scope, currency, PurchaseQuery.SortBy.PURCHASE_DATE, top));
    }

    @Override
    public List<WarrantyOverview> recentWarranties(UserId caller, Integer limit) {
        Violations problems = new Violations();
        int top = within(problems, "limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
        problems.throwIfAny();
        return warranties.recent(caller, today(), new PageRequest(1, top)).items();
    }

    /** The first page of the user's purchases in the scope's dates, highest first by {@code by}. */
    private List<PurchaseOverview> picked(AnalyticsScope scope, CurrencyCode currency, PurchaseQuery.SortBy by, int limit) {
        PurchaseQuery query = new PurchaseQuery(null, null, null, null, null, scope.from(), scope.to(), null, null, null, null, null, currency,
                Sort.descending(by), new PageRequest(1, limit));
        return purchases.list(scope.owner(), query, today()).items();
    }

    @Override
    public List<WarrantyMonth> warrantyTimeline(AnalyticsRequest request, Integer months) {
        Violations problems = new Violations();
        int count = within(problems, "months", months, DEFAULT_MONTHS, MAX_MONTHS);
        AnalyticsScope scope = scope(request, problems);
        YearMonth current = YearMonth.from(today());
        return analytics.warrantyTimeline(scope, today(), current, current.plusMonths(count - 1L), TIMELINE_LISTED_PER_MONTH);
    }

    private static Granularity granularity(String groupBy) {
        if (groupBy == null) {
            return Granularity.MONTH;
        }
        for (Granularity granularity : Granularity.values()) {
            if (granularity.name().equalsIgnoreCase(groupBy.strip())) {
                return granularity;
            }
        }
        throw new RuleViolationException("groupBy", "group_by must be one of day, week, month, year");
    }

    /** Shares of the money spent in the scope (all of it, not only the groups listed under a limit). */
    private AnalyticsViews.Groups groups(AnalyticsScope scope, Function<AnalyticsScope, GroupedSpending> query) {
        GroupedSpending grouped = query.apply(scope);
        List<AnalyticsViews.Share> shares = grouped.groups().stream()
                .map(group -> new AnalyticsViews.Share(group, Amounts.percentage(group.total(), grouped.total())))
                .toList();
        return new AnalyticsViews.Groups(scope.currency(), shares, grouped.otherCurrencies());
    }

    /** Every bad parameter of the request is reported at once, with those found before. */
    private AnalyticsScope scope(AnalyticsRequest request, Violations problems) {
        CurrencyCode currency = request.currency() == null
                ? settings.find(request.caller()).map(UserSettings::currency).orElse(CurrencyCode.USD)
                : problems.check(() -> spendable(request.currency()));
        AnalyticsScope scope = currency == null ? null
                : problems.check(() -> new AnalyticsScope(request.caller(), currency, request.dateFrom(), request.dateTo()));
        problems.throwIfAny();
        return scope;
    }

    private static CurrencyCode spendable(String code) {
        try {
            return new CurrencyCode(code);
        } catch (RuleViolationException e) {
            throw new RuleViolationException("currency", e.getMessage());
        }
    }

    private static int within(Violations problems, String field, Integer value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > max) {
            problems.add(field, field + " must be between 1 and " + max);
        }
        return value;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
