package io.spendvault.application.settings.port.in;

import io.spendvault.application.common.port.in.FieldChange;

import java.util.List;

/** The settings an update sends; the others stay as they are. */
public record SettingsChanges(FieldChange<String> currencyCode, FieldChange<String> dateFormat,
                              FieldChange<Boolean> notificationsEnabled, FieldChange<List<Integer>> warrantyReminderDays,
                              FieldChange<List<Integer>> returnReminderDays) {
}
