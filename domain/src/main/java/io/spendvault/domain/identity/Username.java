package io.spendvault.domain.identity;

import io.spendvault.domain.common.RuleViolationException;

import java.util.Locale;
import java.util.regex.Pattern;

/** 3 to 50 letters, digits or underscores. Unique regardless of case: {@code Ada} and {@code ada} clash. */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{3,50}");

    public Username {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new RuleViolationException("username", "Username must be 3 to 50 letters, digits or underscores");
        }
    }

    /** The form uniqueness is checked in. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
