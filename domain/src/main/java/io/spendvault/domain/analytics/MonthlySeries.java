package io.spendvault.domain.analytics;

import java.util.List;

/** Spending month by month, and the spending of the same months in the other currencies. */
public record MonthlySeries(List<MonthlySpending> months, List<CurrencySpending> otherCurrencies) {

    public MonthlySeries {
        months = List.copyOf(months);
        otherCurrencies = List.copyOf(otherCurrencies);
    }
}
