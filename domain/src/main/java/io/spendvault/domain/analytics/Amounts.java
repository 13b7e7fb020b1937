package io.spendvault.domain.analytics;

import io.spendvault.domain.settings.CurrencyCode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money figures of analytics: exact sums at the currency's minor units, averages rounded half-even. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal zero(CurrencyCode currency) {
        return BigDecimal.ZERO.setScale(currency.minorUnits());
    }

    /** A sum at the currency's scale (sums of such amounts are exact; the scale only pads). */
    public static BigDecimal exact(BigDecimal sum, CurrencyCode currency) {
        return sum == null ? zero(currency) : sum.setScale(currency.minorUnits(), RoundingMode.UNNECESSARY);
    }

    /** {@code sum / count} at the currency's minor units, half-even; null when there is nothing to average. */
    public static BigDecimal average(BigDecimal sum, long count, CurrencyCode currency) {
        if (count == 0 || sum == null) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), currency.minorUnits(), RoundingMode.HALF_EVEN);
    }

    /** {@code part} as a percentage of {@code whole}, one decimal, half-even; 0.0 of nothing. */
    public static BigDecimal percentage(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }
}
