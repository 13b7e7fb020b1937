package io.spendvault.adapters.rest.spending;

import io.micronaut.json.tree.JsonNode;
import io.spendvault.adapters.rest.common.JsonFields;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.WarrantyDetails.Builder;
import io.spendvault.domain.spending.WarrantyStatus;

import java.util.Locale;
import java.util.function.Consumer;

/** The request body of a warranty create or update: only sent fields change, {@code null} clears. */
final class WarrantyJson {

    private WarrantyJson() {
    }

    static Consumer<Builder> read(String body) {
        return JsonFields.parse(body).<Builder>edits(Builder::unreadable)
                .field("purchase_id", value -> new PurchaseId(JsonFields.uuid(value)), Builder::purchaseId)
                .field("warranty_start", JsonFields::date, Builder::warrantyStart)
                .field("warranty_end", JsonFields::date, Builder::warrantyEnd)
                .field("warranty_type", JsonFields::text, Builder::warrantyType)
                .field("provider", JsonFields::text, Builder::provider)
                .field("notes", JsonFields::text, Builder::notes)
                .field("status", WarrantyJson::status, Builder::status)
                .toConsumer();
    }

    static WarrantyStatus status(JsonNode value) {
        return parseStatus(JsonFields.text(value));
    }

    /** {@code ACTIVE}, {@code EXPIRED} or {@code VOIDED}, in any case. */
    static WarrantyStatus parseStatus(String text) {
        try {
            return WarrantyStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be ACTIVE, EXPIRED or VOIDED");
        }
    }
}
