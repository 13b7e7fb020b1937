package io.spendvault.domain.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of spending: the total in the scope's currency, the number of purchases in every currency. */
public record MonthlySpending(YearMonth month, BigDecimal total, long itemCount) {
}
