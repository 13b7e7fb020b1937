package io.spendvault.domain.spending;


/** The retailer or brand a purchase names, as it is shown with the purchase. */
public record VendorRef(VendorId id, String name) {
}
