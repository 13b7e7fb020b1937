package io.spendvault.domain.spending;

/** A warranty as it is listed and shown: with its status as seen today and its purchase. */
public record WarrantyOverview(Warranty warranty, WarrantyStatus status, PurchaseRef purchase) {
}
