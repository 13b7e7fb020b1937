package io.spendvault.domain.analytics;

import io.spendvault.domain.common.Dates;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which purchases a figure covers: one user's, dated within {@code from}..{@code to} (inclusive; either may
 * be open). Money is only ever added up in {@code currency}; counts that are not money cover every currency.
 */
public record AnalyticsScope(UserId owner, CurrencyCode currency, LocalDate from, LocalDate to) {

    public AnalyticsScope {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currency, "currency");
        Violations problems = new Violations();
        problems.check(() -> Dates.requireInRange("dateFrom", from));
        problems.check(() -> Dates.requireInRange("dateTo", to));
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("dateTo", "date_to must not be before date_from");
        }
        problems.throwIfAny();
    }

    public boolean covers(LocalDate purchaseDate) {
        return (from == null || !purchaseDate.isBefore(from)) && (to == null || !purchaseDate.isAfter(to));
    }
}
