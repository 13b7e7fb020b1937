package io.spendvault.domain.spending;

import java.time.LocalDate;
import java.util.UUID;

/** The purchase a warranty belongs to, as it is shown with the warranty. */
public record PurchaseRef(UUID id, String productName, LocalDate purchaseDate) {
}
