package io.spendvault.domain.settings;

import io.spendvault.domain.common.RuleViolationException;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ISO 4217 currency that money can be spent in, with the number of minor units (decimals) amounts in it
 * may have. The codes ISO keeps for other things are refused: testing and "no currency" ({@code XTS},
 * {@code XXX}), precious metals ({@code XAU}, {@code XAG}, {@code XPT}, {@code XPD}), the IMF's and other
 * institutions' units of account ({@code XDR}, {@code XSU}, {@code XUA}) and the bond-market units
 * ({@code XBA}–{@code XBD}). Legal tender with an X code ({@code XOF}, {@code XAF}, {@code XPF}, {@code XCD})
 * stays.
 */
public record CurrencyCode(String value) {

    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");
    /** The ISO 4217 codes that are not money one spends. */
    public static final Set<String> NOT_SPENDABLE = Set.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XBB",
            "XBC", "XBD", "XSU", "XUA");

    // after the rules above: static fields are set in order
    public static final CurrencyCode USD = new CurrencyCode("USD");

    public CurrencyCode {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!THREE_LETTERS.matcher(code).matches() || !isIso(code)) {
            throw new RuleViolationException("currencyCode", "Currency code must be an ISO 4217 code such as USD or EUR");
        }
        if (NOT_SPENDABLE.contains(code)) {
            throw new RuleViolationException("currencyCode", code + " is not a currency money is spent in");
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
