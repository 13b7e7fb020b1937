package io.spendvault.domain.spending;

import java.util.Objects;
import java.util.UUID;

/** The id of a brand: a {@link VendorId} that cannot be passed where a retailer's id is meant. */
public record BrandId(UUID value) implements VendorId {

    public BrandId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public VendorKind kind() {
        return VendorKind.BRAND;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
