package io.spendvault.domain.common;

import java.time.LocalDate;

/**
 * The calendar range of dates people record (purchases, warranties, return deadlines) and filter by:
 * years 1900 to 2200. Anything outside is a typing mistake, and far-off years do not survive every
 * database and client (PostgreSQL ends at 5874897 AD; JavaScript dates at 275760).
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private Dates() {
    }

    /** @throws RuleViolationException on {@code field} when {@code date} (may be null) is outside the range */
    public static LocalDate requireInRange(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new RuleViolationException(field, "Date must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }
}
