package io.spendvault.application.analytics.port.in;

import io.spendvault.domain.identity.UserId;

import java.time.LocalDate;

/**
 * The filters every analytics figure takes: the purchase dates (inclusive, either may be open) and the
 * currency money is added up in (ISO 4217; null: the user's currency setting).
 */
public record AnalyticsRequest(UserId caller, String currency, LocalDate dateFrom, LocalDate dateTo) {
}
