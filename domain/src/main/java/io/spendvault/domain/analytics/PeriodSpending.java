package io.spendvault.domain.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One period of spending, by its first day: the total in the scope's currency, purchases in every currency. */
public record PeriodSpending(LocalDate start, BigDecimal total, long itemCount) {
}
