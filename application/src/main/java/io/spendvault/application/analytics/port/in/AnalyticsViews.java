package io.spendvault.application.analytics.port.in;

import io.spendvault.domain.analytics.CurrencySpending;
import io.spendvault.domain.analytics.Granularity;
import io.spendvault.domain.analytics.GroupSpending;
import io.spendvault.domain.analytics.MonthlySpending;
import io.spendvault.domain.analytics.PeriodSeries;
import io.spendvault.domain.analytics.SpendingSummary;
import io.spendvault.domain.analytics.TaxDeductions;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.spending.PurchaseOverview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** What the analytics use cases answer: the figures, the currency they are in, and the other currencies. */
public final class AnalyticsViews {

    private AnalyticsViews() {
    }

    public record Summary(CurrencyCode currency, SpendingSummary figures, List<CurrencySpending> otherCurrencies) {
    }

    public record Monthly(CurrencyCode currency, List<MonthlySpending> months, List<CurrencySpending> otherCurrencies) {
    }

    /** Groups with each one's share of the money spent in the currency (percent, one decimal). */
    public record Groups(CurrencyCode currency, List<Share> groups, List<CurrencySpending> otherCurrencies) {
    }

    public record Share(GroupSpending group, BigDecimal percentage) {
    }

    /** Purchases picked by a figure; {@code currency} null when they are in every currency. */
    public record Purchases(CurrencyCode currency, List<PurchaseOverview> purchases) {
    }

    /** Spending over a span, split into periods, with the span's totals and other currencies. */
    public record Periods(CurrencyCode currency, LocalDate start, LocalDate end, Granularity granularity, PeriodSeries series) {
    }

    /**
     * The tax-deductible purchases dated in a year (and within the request's dates), in one currency;
     * {@code byCategory}: the deductions' categories with their shares of the deductible total.
     */
    public record Tax(Year year, CurrencyCode currency, TaxDeductions deductions, List<Share> byCategory) {
    }
}
