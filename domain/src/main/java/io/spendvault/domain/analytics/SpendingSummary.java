package io.spendvault.domain.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The headline figures of a scope. {@code totalSpent} (price × quantity), {@code averagePrice} (of unit prices,
 * null without purchases) and {@code taxDeductibleTotal} are in the scope's currency; the counts cover every
 * currency; the warranty counts are of the warranties of the scope's purchases, by their effective status;
 * {@code otherCurrencies}: the scope's spending in every other currency.
 */
public record SpendingSummary(BigDecimal totalSpent, BigDecimal averagePrice, long totalItems,
                              long taxDeductibleCount, BigDecimal taxDeductibleTotal, WarrantyCounts warranties,
                              List<CurrencySpending> otherCurrencies) {

    public SpendingSummary {
        otherCurrencies = List.copyOf(otherCurrencies);
    }

    /** {@code expiring}: active warranties that end within the asked number of days from today (inclusive). */
    public record WarrantyCounts(long active, long expiring, long expired, long voided) {
    }
}
