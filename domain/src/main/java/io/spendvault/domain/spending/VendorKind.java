package io.spendvault.domain.spending;

/** The two kinds of vendor a purchase can name: where it was bought, and who made it. */
public enum VendorKind {
    RETAILER("Retailer"),
    BRAND("Brand");

    private final String displayName;

    VendorKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
