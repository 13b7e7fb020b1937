package io.spendvault.adapters.rest.analytics;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.spendvault.application.analytics.port.in.AnalyticsRequest;
import io.spendvault.domain.identity.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** The filters every analytics endpoint takes, as query values. */
@Introspected
record AnalyticsFilters(
        @QueryValue("date_from") @Nullable @Schema(description = "purchase date from, inclusive") LocalDate dateFrom,
        @QueryValue("date_to") @Nullable @Schema(description = "purchase date to, inclusive") LocalDate dateTo,
        @QueryValue @Nullable @Schema(description = "ISO 4217; money is only added up in this currency (default: the user's setting)")
        String currency) {

    AnalyticsRequest toRequest(UserId caller) {
        return new AnalyticsRequest(caller, currency, dateFrom, dateTo);
    }
}
