package io.spendvault.domain.analytics;

import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.WarrantyId;

import java.time.LocalDate;

/** An active warranty about to end, with what it covers. */
public record ExpiringWarranty(WarrantyId id, PurchaseId purchaseId, String productName, LocalDate warrantyEnd) {
}
