package io.spendvault.domain.spending;

import java.util.Objects;
import java.util.UUID;

/** The id of a retailer: a {@link VendorId} that cannot be passed where a brand's id is meant. */
public record RetailerId(UUID value) implements VendorId {

    public RetailerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public VendorKind kind() {
        return VendorKind.RETAILER;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
