package io.spendvault.application.notification;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.port.UserRepository;
import io.spendvault.domain.notification.DueReminder;
import io.spendvault.domain.notification.Notification;
import io.spendvault.domain.notification.NotificationKind;
import io.spendvault.domain.notification.port.NotificationOutbox;
import io.spendvault.domain.notification.port.ReminderRepository;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Once a day (UTC), writes one mail per user listing the warranties and return deadlines that are one of
 * the user's reminder days away. Each (user, item, date, days before) is reminded exactly once: the
 * reminder's row and its mail are written in one transaction, and the row's unique key makes the second of
 * two racing runs (threads, nodes, or a run after a crash) skip what the first one wrote. A day the job
 * did not run (the server was down) is caught up the next time, for up to {@value #MAX_CATCH_UP_DAYS} days,
 * for dates still ahead. A warranty whose end moves gets reminders for its new date.
 */
public class ReminderJob {

    static final int MAX_CATCH_UP_DAYS = 7;

    private final ReminderRepository reminders;
    private final NotificationOutbox outbox;
    private final UserRepository users;
    private final SettingsRepository settings;
    private final Transactions transactions;
    private final MailTemplates templates;
    private final UnsubscribeTokens unsubscribeTokens;
    private final boolean enabledByDefault;
    private final Clock clock;

    public ReminderJob(ReminderRepository reminders, NotificationOutbox outbox, UserRepository users, SettingsRepository settings,
                       Transactions transactions, MailTemplates templates, UnsubscribeTokens unsubscribeTokens,
                       boolean enabledByDefault, Clock clock) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.users = users;
        this.settings = settings;
        this.transactions = transactions;
        this.templates = templates;
        this.unsubscribeTokens = unsubscribeTokens;
        this.enabledByDefault = enabledByDefault;
        this.clock = clock;
    }

    /** Runs today's reminders unless a run finished today already; the number of mails written. */
    public int run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (reminders.runCompleted(today)) {
            return 0;
        }
        LocalDate earliest = today.minusDays(MAX_CATCH_UP_DAYS);
        LocalDate from = reminders.lastCompletedRunBefore(today).filter(day -> day.isAfter(earliest)).orElse(today);
        Map<UserId, List<DueReminder>> byUser = new LinkedHashMap<>();
        reminders.forEachDue(from, today, enabledByDefault,
                reminder -> byUser.computeIfAbsent(reminder.user(), user -> new ArrayList<>()).add(reminder));
        int mails = 0;
        for (Map.Entry<UserId, List<DueReminder>> entry : byUser.entrySet()) {
            if (remind(entry.getKey(), entry.getValue(), today)) {
                mails++;
            }
        }
        reminders.markRunCompleted(today, clock.instant());
        return mails;
    }

    private boolean remind(UserId userId, List<DueReminder> due, LocalDate today) {
        Optional<User> user = users.findById(userId).filter(User::active);
        if (user.isEmpty()) {
            return false;
        }
        UserSettings preferences = settings.find(userId).orElseGet(() -> UserSettings.defaults(userId));
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<DueReminder> fresh = due.stream().filter(reminder -> reminders.recordSent(reminder, now)).toList();
            if (fresh.isEmpty()) {
                return false;
            }
            // Two reminder days of one item can fall into a caught-up window: the item is listed once.
            List<DueReminder> listed = List.copyOf(fresh.stream()
                    .collect(Collectors.toMap(DueReminder::itemId, reminder -> reminder, (first, second) -> first,
                            LinkedHashMap<UUID, DueReminder>::new)).values());
            outbox.enqueue(Notification.queued(userId, user.get().email().value(), NotificationKind.REMINDER,
                    templates.reminders(user.get(), preferences, listed, today, unsubscribeTokens.issue(userId)), now));
            return true;
        });
    }
}
