package io.spendvault.domain.spending;

import java.time.LocalDate;

/**
 * A purchase as it is listed and shown: with the names of its retailer and brand, its warranty summary
 * (null without warranties) and its number of attachments.
 */
public record PurchaseOverview(Purchase purchase, VendorRef retailer, VendorRef brand, WarrantySummary warranty,
                               int attachmentsCount) {

    /** The single source of truth for a purchase's warranty expiry is its warranty records. */
    public LocalDate warrantyExpiry() {
        return warranty == null ? null : warranty.expiry();
    }
}
