package io.spendvault.adapters.rest.spending;

import io.spendvault.domain.spending.WarrantyStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The warranty body as the API documentation shows it; {@link WarrantyJson} reads the real one. */
@Schema(name = "WarrantyRequest", description = "On create, purchase_id and warranty_end are required. On PUT and PATCH only "
        + "the fields sent change; null clears a field.")
record WarrantyRequestSchema(
        @Schema(description = "one of the user's purchases") UUID purchaseId,
        @Schema(description = "defaults to the purchase date") LocalDate warrantyStart,
        @Schema(description = "on or after warranty_start") LocalDate warrantyEnd,
        @Schema(maxLength = 50) String warrantyType,
        @Schema(maxLength = 255) String provider,
        @Schema(maxLength = 10_000) String notes,
        @Schema(defaultValue = "ACTIVE") WarrantyStatus status) {
}
