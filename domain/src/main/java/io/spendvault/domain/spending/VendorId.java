package io.spendvault.domain.spending;

import java.util.UUID;

/** The id of a retailer or a brand; which one is part of the type, so the two never mix up. */
public sealed interface VendorId permits RetailerId, BrandId {

    UUID value();

    VendorKind kind();

    static VendorId of(VendorKind kind, UUID value) {
        return switch (kind) {
            case RETAILER -> new RetailerId(value);
            case BRAND -> new BrandId(value);
        };
    }

    static VendorId random(VendorKind kind) {
        return of(kind, UUID.randomUUID());
    }
}
