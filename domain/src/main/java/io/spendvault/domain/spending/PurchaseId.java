package io.spendvault.domain.spending;

import java.util.Objects;
import java.util.UUID;

/** The id of a purchase, typed so that it cannot be passed where another kind of id is meant. */
public record PurchaseId(UUID value) implements Comparable<PurchaseId> {

    public PurchaseId {
        Objects.requireNonNull(value, "value");
    }

    public static PurchaseId random() {
        return new PurchaseId(UUID.randomUUID());
    }

    @Override
    public int compareTo(PurchaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
