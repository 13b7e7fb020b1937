package io.spendvault.domain.spending;

import java.time.LocalDate;

/** The state of a warranty. {@code VOIDED} is only ever set by the user; {@code EXPIRED} also follows from the date. */
public enum WarrantyStatus {
    ACTIVE, EXPIRED, VOIDED;

    /**
     * The status a user sees: a voided warranty stays voided, any other is expired once its end date has
     * passed, whatever was recorded.
     */
    public static WarrantyStatus effective(WarrantyStatus recorded, LocalDate end, LocalDate today) {
        if (recorded == VOIDED) {
            return VOIDED;
        }
        return recorded == EXPIRED || end.isBefore(today) ? EXPIRED : ACTIVE;
    }
}
