package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What a user records about a warranty of one of their purchases. */
public record WarrantyDetails(UUID purchaseId, LocalDate warrantyStart, LocalDate warrantyEnd, String warrantyType,
                              String provider, String notes, WarrantyStatus status) {

    public static final int MAX_TYPE = 50;
    public static final int MAX_PROVIDER = 255;
    public static final int MAX_NOTES = 10_000;

    public WarrantyDetails {
        if (purchaseId == null) {
            throw new RuleViolationException("purchase_id", "Purchase is required");
        }
        if (warrantyStart == null) {
            throw new RuleViolationException("warranty_start", "Warranty start is required");
        }
        if (warrantyEnd == null) {
            throw new RuleViolationException("warranty_end", "Warranty end is required");
        }
        if (warrantyEnd.isBefore(warrantyStart)) {
            throw new RuleViolationException("warranty_end", "Warranty end cannot be before its start");
        }
        warrantyType = Texts.optional("warranty_type", "Warranty type", warrantyType, MAX_TYPE);
        provider = Texts.optional("provider", "Provider", provider, MAX_PROVIDER);
        notes = Texts.optional("notes", "Notes", notes, MAX_NOTES);
        status = Objects.requireNonNullElse(status, WarrantyStatus.ACTIVE);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().purchaseId(purchaseId).warrantyStart(warrantyStart).warrantyEnd(warrantyEnd)
                .warrantyType(warrantyType).provider(provider).notes(notes).status(status);
    }

    /** Collects field values; a missing start is filled in by the use case (the purchase date). */
    public static final class Builder {
        private UUID purchaseId;
        private LocalDate warrantyStart;
        private LocalDate warrantyEnd;
        private String warrantyType;
        private String provider;
        private String notes;
        private WarrantyStatus status = WarrantyStatus.ACTIVE;

        private Builder() {
        }

        public Builder purchaseId(UUID value) { purchaseId = value; return this; }
        public Builder warrantyStart(LocalDate value) { warrantyStart = value; return this; }
        public Builder warrantyEnd(LocalDate value) { warrantyEnd = value; return this; }
        public Builder warrantyType(String value) { warrantyType = value; return this; }
        public Builder provider(String value) { provider = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder status(WarrantyStatus value) { status = value; return this; }

        public UUID purchaseId() { return purchaseId; }
        public LocalDate warrantyStart() { return warrantyStart; }

        public WarrantyDetails build() {
            return new WarrantyDetails(purchaseId, warrantyStart, warrantyEnd, warrantyType, provider, notes, status);
        }
    }
}
