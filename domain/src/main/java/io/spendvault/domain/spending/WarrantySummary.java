package io.spendvault.domain.spending;

import java.time.LocalDate;

/**
 * A purchase's warranty at a glance: its current warranty (the latest-ending one that is not voided, or
 * else the latest-ending voided one), that warranty's status as seen today, and how many it has in all.
 */
public record WarrantySummary(WarrantyId id, LocalDate warrantyEnd, WarrantyStatus status, int count) {

    /** The purchase's {@code warranty_expiry}: the end of its current warranty unless that one is voided. */
    public LocalDate expiry() {
        return status == WarrantyStatus.VOIDED ? null : warrantyEnd;
    }
}
