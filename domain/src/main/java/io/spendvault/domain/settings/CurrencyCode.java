package io.spendvault.domain.settings;

import io.spendvault.domain.common.RuleViolationException;

import java.util.Currency;
import java.util.Locale;

/** An ISO 4217 currency, with the number of minor units (decimals) amounts in it may have. */
public record CurrencyCode(String value) {

    public static final CurrencyCode USD = new CurrencyCode("USD");

    public CurrencyCode {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}") || !isIso(code)) {
            throw new RuleViolationException("currency_code", "Currency code must be an ISO 4217 code such as USD or EUR");
        }
        value = code;
    }

    /** Decimals allowed in amounts: 2 for EUR, 0 for JPY, 3 for KWD. */
    public int minorUnits() {
        return Math.max(0, Currency.getInstance(value).getDefaultFractionDigits());
    }

    private static boolean isIso(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
