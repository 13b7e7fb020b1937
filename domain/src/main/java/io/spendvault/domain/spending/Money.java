package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.settings.CurrencyCode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact, positive amount in a currency, with no more decimals than the currency has minor units
 * (2 for EUR, 0 for JPY, 3 for KWD). The amount is kept at exactly that scale, so 10 EUR reads 10.00.
 */
public record Money(BigDecimal amount, CurrencyCode currency) {

    /** Amounts stay below this, which keeps them exact in the database's NUMERIC(19,4). */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount == null) {
            throw new RuleViolationException("price", "Price is required");
        }
        if (amount.signum() <= 0) {
            throw new RuleViolationException("price", "Price must be greater than 0");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new RuleViolationException("price", "Price must be less than " + LIMIT.toPlainString());
        }
        int decimals = currency.minorUnits();
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new RuleViolationException("price", decimals == 0
                    ? "Price cannot have decimals in " + currency
                    : "Price can have at most " + decimals + " decimal" + (decimals == 1 ? "" : "s") + " in " + currency);
        }
        amount = amount.setScale(decimals);
    }
}
