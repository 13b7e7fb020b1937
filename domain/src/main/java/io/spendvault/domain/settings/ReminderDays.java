package io.spendvault.domain.settings;

import io.spendvault.domain.common.RuleViolationException;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How many days before a date a user wants to be reminded of it: up to {@value #MAX_COUNT} distinct
 * values from 1 to {@value #MAX_DAYS}, kept from the farthest to the nearest. An empty list means "never".
 */
public record ReminderDays(List<Integer> days) {

    public static final int MAX_COUNT = 5;
    public static final int MAX_DAYS = 365;
    public static final ReminderDays WARRANTY_DEFAULT = new ReminderDays(List.of(30, 7));
    public static final ReminderDays RETURN_DEFAULT = new ReminderDays(List.of(3));

    public ReminderDays {
        Objects.requireNonNull(days, "days");
        days = days.stream().map(Objects::requireNonNull).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** Checks a user's list; {@code field} names it in the error. */
    public static ReminderDays of(List<Integer> days, String field) {
        if (days == null) {
            throw new RuleViolationException(field, "Reminder days must be a list of numbers (an empty list turns them off)");
        }
        if (days.stream().anyMatch(day -> day == null || day < 1 || day > MAX_DAYS)) {
            throw new RuleViolationException(field, "Each reminder day must be a whole number from 1 to " + MAX_DAYS);
        }
        if (days.size() > MAX_COUNT) {
            throw new RuleViolationException(field, "At most " + MAX_COUNT + " reminder days");
        }
        return new ReminderDays(days);
    }
}
