package io.spendvault.domain.spending;

import java.time.LocalDate;

/** The purchase a warranty belongs to, as it is shown with the warranty. */
public record PurchaseRef(PurchaseId id, String productName, LocalDate purchaseDate) {
}
