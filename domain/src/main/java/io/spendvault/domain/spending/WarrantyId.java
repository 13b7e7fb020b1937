package io.spendvault.domain.spending;

import java.util.Objects;
import java.util.UUID;

/** The id of a warranty, typed so that it cannot be passed where another kind of id is meant. */
public record WarrantyId(UUID value) implements Comparable<WarrantyId> {

    public WarrantyId {
        Objects.requireNonNull(value, "value");
    }

    public static WarrantyId random() {
        return new WarrantyId(UUID.randomUUID());
    }

    @Override
    public int compareTo(WarrantyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
