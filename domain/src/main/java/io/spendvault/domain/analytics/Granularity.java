package io.spendvault.domain.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How spending over a period is split: ISO weeks start on Monday. Each period is named by a label. */
public enum Granularity {
    DAY, WEEK, MONTH, YEAR;

    /** The first day of the period that contains {@code date}. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    /** {@code 2025-09-14}, {@code 2025-W37} (ISO week-based year), {@code 2025-09}, {@code 2025}. */
    public String label(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.toString();
            case WEEK -> String.format("%d-W%02d", periodStart.get(IsoFields.WEEK_BASED_YEAR), periodStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> periodStart.format(DateTimeFormatter.ofPattern("uuuu-MM"));
            case YEAR -> Integer.toString(periodStart.getYear());
        };
    }
}
