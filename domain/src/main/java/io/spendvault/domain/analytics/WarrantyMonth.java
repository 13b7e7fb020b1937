package io.spendvault.domain.analytics;

import java.time.YearMonth;
import java.util.List;

/** The active warranties ending in a month: how many, and the first of them by end date (at most the asked number). */
public record WarrantyMonth(YearMonth month, long expiringCount, List<ExpiringWarranty> warranties) {

    public WarrantyMonth {
        warranties = List.copyOf(warranties);
    }
}
