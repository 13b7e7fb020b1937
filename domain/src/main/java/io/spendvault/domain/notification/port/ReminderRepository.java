package io.spendvault.domain.notification.port;

import io.spendvault.domain.notification.DueReminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/** Which dates are coming up for whom, and which reminders went out already. */
public interface ReminderRepository {

    /**
     * Every reminder of users who want them whose reminder day ({@code dueDate - daysBefore}) lies in
     * {@code [fromDay, today]} and whose date is not before {@code today}: active warranties by their end,
     * purchases by their return deadline. Grouped by user (all of one user's reminders in a row), given to
     * {@code consumer} one by one. Users without a choice count as enabled when {@code enabledByDefault}.
     */
    void forEachDue(LocalDate fromDay, LocalDate today, boolean enabledByDefault, Consumer<DueReminder> consumer);

    /**
     * Notes that the reminder was sent, unless it already was: the (user, kind, item, date, days before)
     * key is unique, so of two runs racing for one reminder exactly one gets {@code true}. Joins the
     * caller's transaction.
     */
    boolean recordSent(DueReminder reminder, Instant at);

    /** The latest day before {@code today} whose reminder run finished. */
    Optional<LocalDate> lastCompletedRunBefore(LocalDate today);

    boolean runCompleted(LocalDate day);

    void markRunCompleted(LocalDate day, Instant at);
}
