package io.spendvault.domain.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Spending period by period over a span, with the span's totals: spent and the average unit price
 * (null without purchases) in the scope's currency, purchases in every currency; and the span's spending
 * in the other currencies.
 */
public record PeriodSeries(List<PeriodSpending> periods, BigDecimal total, long itemCount, BigDecimal averagePrice,
                           List<CurrencySpending> otherCurrencies) {

    public PeriodSeries {
        periods = List.copyOf(periods);
        otherCurrencies = List.copyOf(otherCurrencies);
    }
}
