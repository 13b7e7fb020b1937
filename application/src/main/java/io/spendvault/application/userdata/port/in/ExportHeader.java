package io.spendvault.application.userdata.port.in;

import io.spendvault.domain.settings.UserSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The account an export is of, and its moment: {@code today} is the day warranty statuses in it are
 * judged on (UTC, as everywhere in the API).
 */
public record ExportHeader(String username, String email, UserSettings settings, Instant exportedAt, LocalDate today) {

    public ExportHeader {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(today, "today");
    }
}
