package io.spendvault.domain.settings;

import io.spendvault.domain.common.RuleViolationException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** How a user wants dates shown. */
public enum DateFormat {
    MM_DD_YYYY("MM/DD/YYYY"),
    DD_MM_YYYY_DOTS("DD.MM.YYYY"),
    YYYY_MM_DD("YYYY-MM-DD"),
    DD_MM_YYYY_SLASHES("DD/MM/YYYY");

    private final String pattern;
    private final DateTimeFormatter formatter;

    DateFormat(String pattern) {
        this.pattern = pattern;
        this.formatter = DateTimeFormatter.ofPattern(pattern.replace("DD", "dd").replace("YYYY", "uuuu"));
    }

    /** The date written the way the user wants it, e.g. 12/31/2026. */
    public String format(LocalDate date) {
        return formatter.format(date);
    }

    public String pattern() {
        return pattern;
    }

    public static DateFormat of(String pattern) {
        return Arrays.stream(values()).filter(format -> format.pattern.equals(pattern)).findFirst()
                .orElseThrow(() -> new RuleViolationException("dateFormat",
                        "Date format must be one of MM/DD/YYYY, DD.MM.YYYY, YYYY-MM-DD, DD/MM/YYYY"));
    }
}
