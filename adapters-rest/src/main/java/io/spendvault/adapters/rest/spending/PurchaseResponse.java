package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorRef;
import io.spendvault.domain.spending.WarrantyStatus;
import io.spendvault.domain.spending.WarrantySummary;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A purchase as the API shows it, with its retailer, brand, warranty summary and number of attachments.
 * The price is a decimal string at the currency's minor units ({@code "129.90"}, {@code "1200"} in JPY), so
 * that no client reads it into a binary float.
 */
@Serdeable
public record PurchaseResponse(UUID id, String productName,
                        @Schema(type = "string", format = "decimal", example = "129.90",
                                description = "the unit price, exact, at the currency's minor units") String price,
                        String currencyCode, LocalDate purchaseDate,
                        @Nullable String category, @Nullable UUID retailerId, @Nullable Vendor retailer,
                        @Nullable UUID brandId, @Nullable Vendor brand, @Nullable String notes, boolean taxDeductible,
                        @Nullable LocalDate warrantyExpiry, @Nullable Warranty warranty, @Nullable String modelNumber,
                        @Nullable String serialNumber, @Nullable String retailerOrderNumber, int quantity, @Nullable String link,
                        @Nullable LocalDate returnDeadline, @Nullable String returnPolicy, List<String> tags, int attachmentsCount, Instant createdAt, Instant updatedAt) {

    @Serdeable
    record Vendor(UUID id, String name) {
        static Vendor of(VendorRef ref) {
            return ref == null ? null : new Vendor(ref.id().value(), ref.name());
        }
    }

    /** The purchase's current warranty; {@code count} is how many warranty records it has in all. */
    @Serdeable
    record Warranty(UUID id, LocalDate warrantyEnd, WarrantyStatus status, int count) {
        static Warranty of(WarrantySummary summary) {
            return summary == null ? null : new Warranty(summary.id().value(), summary.warrantyEnd(), summary.status(), summary.count());
        }
    }

    public static PurchaseResponse of(PurchaseOverview overview) {
        Purchase purchase = overview.purchase();
        PurchaseDetails details = purchase.details();
        return new PurchaseResponse(purchase.id().value(), details.productName(), details.price().amount().toPlainString(),
                details.price().currency().value(), details.purchaseDate(), details.category(), valueOf(details.retailerId()),
                Vendor.of(overview.retailer()), valueOf(details.brandId()), Vendor.of(overview.brand()), details.notes(),
                details.taxDeductible(), overview.warrantyExpiry(), Warranty.of(overview.warranty()), details.modelNumber(),
                details.serialNumber(), details.retailerOrderNumber(), details.quantity(), details.link(),
                details.returnDeadline(), details.returnPolicy(), details.tags().values(), overview.attachmentsCount(),
                purchase.createdAt(), purchase.updatedAt());
    }

    private static UUID valueOf(VendorId id) {
        return id == null ? null : id.value();
    }
}
