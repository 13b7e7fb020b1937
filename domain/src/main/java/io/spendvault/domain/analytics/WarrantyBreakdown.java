package io.spendvault.domain.analytics;

/**
 * The warranties of a scope's purchases by effective status, and how many active ones end within the asked
 * number of days and within 30, 60 and 90 days of today (inclusive).
 */
public record WarrantyBreakdown(long active, long expired, long voided, long expiringWithinDays,
                                long expiringIn30Days, long expiringIn60Days, long expiringIn90Days, long total) {
}
