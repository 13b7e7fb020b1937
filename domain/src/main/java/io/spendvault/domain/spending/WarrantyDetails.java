package io.spendvault.domain.spending;

import io.spendvault.domain.common.Dates;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Violations;

import java.time.LocalDate;
import java.util.Objects;

/** What a user records about a warranty of one of their purchases. */
public record WarrantyDetails(PurchaseId purchaseId, LocalDate warrantyStart, LocalDate warrantyEnd, String warrantyType,
                              String provider, String notes, WarrantyStatus status) {

    public static final int MAX_TYPE = 50;
    public static final int MAX_PROVIDER = 255;
    public static final int MAX_NOTES = 10_000;

    public WarrantyDetails {
        Violations violations = new Violations();
        if (purchaseId == null) {
            violations.add("purchaseId", "Purchase is required");
        }
        if (warrantyStart == null) {
            violations.add("warrantyStart", "Warranty start is required");
        }
        if (warrantyEnd == null) {
            violations.add("warrantyEnd", "Warranty end is required");
        }
        violations.check(() -> Dates.requireInRange("warrantyStart", warrantyStart));
        violations.check(() -> Dates.requireInRange("warrantyEnd", warrantyEnd));
        if (warrantyStart != null && warrantyEnd != null && warrantyEnd.isBefore(warrantyStart)) {
            violations.add("warrantyEnd", "Warranty end cannot be before its start");
        }
        warrantyType = Texts.optional(violations, "warrantyType", "Warranty type", warrantyType, MAX_TYPE);
        provider = Texts.optional(violations, "provider", "Provider", provider, MAX_PROVIDER);
        notes = Texts.optional(violations, "notes", "Notes", notes, MAX_NOTES);
        status = Objects.requireNonNullElse(status, WarrantyStatus.ACTIVE);
        violations.throwIfAny();
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
        private PurchaseId purchaseId;
        private LocalDate warrantyStart;
        private LocalDate warrantyEnd;
        private String warrantyType;
        private String provider;
        private String notes;
        private WarrantyStatus status = WarrantyStatus.ACTIVE;
        private final Violations inputProblems = new Violations();

        private Builder() {
        }

        /** Records that the value sent for {@code field} could not be read; {@link #build()} reports it with the rest. */
        public Builder unreadable(String field, String message) { inputProblems.add(field, message); return this; }

        public Builder purchaseId(PurchaseId value) { purchaseId = value; return this; }
        public Builder warrantyStart(LocalDate value) { warrantyStart = value; return this; }
        public Builder warrantyEnd(LocalDate value) { warrantyEnd = value; return this; }
        public Builder warrantyType(String value) { warrantyType = value; return this; }
        public Builder provider(String value) { provider = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder status(WarrantyStatus value) { status = value; return this; }

        public PurchaseId purchaseId() { return purchaseId; }
        public LocalDate warrantyStart() { return warrantyStart; }

        /** @throws RuleViolationException naming every field that is unreadable or breaks a rule */
        public WarrantyDetails build() {
            Violations violations = new Violations();
            violations.addAll(inputProblems);
            WarrantyDetails details = violations.check(() -> new WarrantyDetails(purchaseId, warrantyStart, warrantyEnd,
                    warrantyType, provider, notes, status));
            violations.throwIfAny();
            return details;
        }
    }
}
