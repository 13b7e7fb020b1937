package io.spendvault.domain.admin.port;

import io.spendvault.domain.admin.SystemCounts;

import java.time.Instant;

/** Server-wide counts for administrators. */
public interface SystemStatistics {

    /** "This month" is the calendar month (UTC) of {@code now}. */
    SystemCounts count(Instant now);
}
