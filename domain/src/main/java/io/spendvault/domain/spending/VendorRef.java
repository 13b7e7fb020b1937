package io.spendvault.domain.spending;

import java.util.UUID;

/** The retailer or brand a purchase names, as it is shown with the purchase. */
public record VendorRef(UUID id, String name) {
}
