package io.spendvault.domain.spending;

import io.spendvault.domain.identity.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A warranty record of a user's purchase, as stored; {@link #statusOn} is the status a user sees. */
public record Warranty(WarrantyId id, UserId owner, WarrantyDetails details, Instant createdAt, Instant updatedAt) {

    public Warranty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Warranty create(UserId owner, WarrantyDetails details, Instant now) {
        return new Warranty(WarrantyId.random(), owner, details, now, now);
    }

    public Warranty changed(WarrantyDetails newDetails, Instant now) {
        return new Warranty(id, owner, newDetails, createdAt, now);
    }

    public WarrantyStatus statusOn(LocalDate today) {
        return WarrantyStatus.effective(details.status(), details.warrantyEnd(), today);
    }
}
