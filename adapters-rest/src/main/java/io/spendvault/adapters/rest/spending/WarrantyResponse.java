package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.domain.spending.WarrantyDetails;
import io.spendvault.domain.spending.WarrantyOverview;
import io.spendvault.domain.spending.WarrantyStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A warranty as the API shows it: {@code status} is as of today, so a warranty past its end reads EXPIRED. */
@Serdeable
public record WarrantyResponse(UUID id, UUID purchaseId, Purchase purchase, LocalDate warrantyStart, LocalDate warrantyEnd,
                        @Nullable String warrantyType, @Nullable String provider, @Nullable String notes, WarrantyStatus status, Instant createdAt,
                        Instant updatedAt) {

    @Serdeable
    record Purchase(UUID id, String productName, LocalDate purchaseDate) {
    }

    public static WarrantyResponse of(WarrantyOverview overview) {
        WarrantyDetails details = overview.warranty().details();
        return new WarrantyResponse(overview.warranty().id().value(), details.purchaseId().value(),
                new Purchase(overview.purchase().id().value(), overview.purchase().productName(), overview.purchase().purchaseDate()),
                details.warrantyStart(), details.warrantyEnd(), details.warrantyType(), details.provider(), details.notes(),
                overview.status(), overview.warranty().createdAt(), overview.warranty().updatedAt());
    }
}
