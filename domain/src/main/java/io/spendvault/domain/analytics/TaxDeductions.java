package io.spendvault.domain.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tax-deductible purchases of a scope, in its currency throughout (a return is filed in one): their
 * total and number, the same by category (compared ignoring case, as {@code categories}; here each group's
 * count is of the purchases in the currency too), every one of them (by purchase date, then as recorded),
 * and the deductible purchases in the other currencies.
 */
public record TaxDeductions(BigDecimal total, long itemCount, List<GroupSpending> byCategory, List<DeductiblePurchase> items,
                            List<CurrencySpending> otherCurrencies) {

    public TaxDeductions {
        byCategory = List.copyOf(byCategory);
        items = List.copyOf(items);
        otherCurrencies = List.copyOf(otherCurrencies);
    }
}
