package io.spendvault.domain.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Spending of a scope by group (category, vendor, product): the groups asked for, the total spent in the
 * scope's currency over every group (also those a limit leaves out: the whole of which each is a share),
 * and the scope's spending in the other currencies.
 */
public record GroupedSpending(List<GroupSpending> groups, BigDecimal total, List<CurrencySpending> otherCurrencies) {

    public GroupedSpending {
        groups = List.copyOf(groups);
        otherCurrencies = List.copyOf(otherCurrencies);
    }
}
