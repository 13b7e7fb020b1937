package io.spendvault.adapters.rest.spending;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The purchase body as the API documentation shows it. The body itself is read field by field by
 * {@link PurchaseJson} (to tell an absent field from a null one), so this record only documents it.
 */
@Schema(name = "PurchaseRequest", description = "On create, product_name, price and purchase_date are required. On PUT and "
        + "PATCH only the fields sent change; null clears a field.")
record PurchaseRequestSchema(
        @Schema(maxLength = 255) String productName,
        @Schema(description = "the unit price: > 0 and below 10^15, with at most the currency's minor units as decimals; "
                + "a JSON number or a decimal string such as \"129.90\"", oneOf = {String.class, BigDecimal.class},
                example = "129.90") Object price,
        @Schema(description = "ISO 4217; defaults to the user's setting") String currencyCode,
        @Schema(description = "not in the future") LocalDate purchaseDate,
        @Schema(maxLength = 100) String category,
        @Schema(description = "one of the user's retailers") UUID retailerId,
        @Schema(description = "one of the user's brands") UUID brandId,
        @Schema(maxLength = 10_000) String notes,
        @Schema(description = "true/false, also 1/0") Boolean taxDeductible,
        @Schema(maxLength = 100) String modelNumber,
        @Schema(maxLength = 100) String serialNumber,
        @Schema(maxLength = 100) String retailerOrderNumber,
        @Schema(minimum = "1", defaultValue = "1") Integer quantity,
        @Schema(maxLength = 500, description = "http or https") String link,
        @Schema(description = "not before the purchase date") LocalDate returnDeadline,
        @Schema(maxLength = 200) String returnPolicy,
        @Schema(description = "at most 20, each at most 50 characters; also one comma-separated string") List<String> tags,
        @Schema(description = "writes the purchase's warranty record; see the warranties section") LocalDate warrantyExpiry) {
}
