package io.spendvault.domain.settings;

import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.identity.UserId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A user's preferences; every user has them, starting from the defaults. */
public record UserSettings(UserId user, CurrencyCode currency, DateFormat dateFormat) {

    public static final String CURRENCY_CODE = "currency_code";
    public static final String DATE_FORMAT = "date_format";

    public UserSettings {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(dateFormat, "dateFormat");
    }

    public static UserSettings defaults(UserId user) {
        return new UserSettings(user, CurrencyCode.USD, DateFormat.MM_DD_YYYY);
    }

    /** The settings as key/value pairs, in the API's names. */
    public Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CURRENCY_CODE, currency.value());
        values.put(DATE_FORMAT, dateFormat.pattern());
        return values;
    }

    /** @throws ResourceNotFoundException for a key that is not a setting */
    public String value(String key) {
        String value = asMap().get(key);
        if (value == null) {
            throw new ResourceNotFoundException("UNKNOWN_SETTING", "Unknown setting: " + key);
        }
        return value;
    }
}
