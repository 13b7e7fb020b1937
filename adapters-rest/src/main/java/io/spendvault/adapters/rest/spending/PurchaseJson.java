package io.spendvault.adapters.rest.spending;

import io.micronaut.json.tree.JsonNode;
import io.spendvault.adapters.rest.common.JsonFields;
import io.spendvault.application.spending.port.in.PurchaseEdit;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.spending.BrandId;
import io.spendvault.domain.spending.PurchaseDetails.Builder;
import io.spendvault.domain.spending.RetailerId;
import io.spendvault.domain.spending.Tags;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The request body of a purchase create or update, read field by field so that only sent fields change
 * and {@code null} clears (or restores the default: quantity 1, not tax deductible, no tags). The rules
 * themselves live in the domain; this only reads JSON types.
 */
final class PurchaseJson {

    private PurchaseJson() {
    }

    static PurchaseEdit read(String body) {
        JsonFields json = JsonFields.parse(body);
        AtomicReference<LocalDate> expiry = new AtomicReference<>();
        var fields = json.<Builder>edits(Builder::unreadable)
                .field("product_name", JsonFields::text, Builder::productName)
                .field("price", JsonFields::decimal, Builder::price)
                .field("currency_code", PurchaseJson::currency, PurchaseJson::setCurrency)
                .field("purchase_date", JsonFields::date, Builder::purchaseDate)
                .field("category", JsonFields::text, Builder::category)
                .field("retailer_id", value -> new RetailerId(JsonFields.uuid(value)), Builder::retailerId)
                .field("brand_id", value -> new BrandId(JsonFields.uuid(value)), Builder::brandId)
                .field("notes", JsonFields::text, Builder::notes)
                .field("tax_deductible", JsonFields::flag, (builder, value) -> builder.taxDeductible(Boolean.TRUE.equals(value)))
                .field("model_number", JsonFields::text, Builder::modelNumber)
                .field("serial_number", JsonFields::text, Builder::serialNumber)
                .field("retailer_order_number", JsonFields::text, Builder::retailerOrderNumber)
                .field("quantity", JsonFields::integer, (builder, value) -> builder.quantity(value == null ? 1 : value))
                .field("link", JsonFields::text, Builder::link)
                .field("return_deadline", JsonFields::date, Builder::returnDeadline)
                .field("return_policy", JsonFields::text, Builder::returnPolicy)
                .field("tags", PurchaseJson::tags, (builder, value) -> builder.tags(value == null ? Tags.NONE : value))
                .value("warranty_expiry", JsonFields::date, expiry::set)
                .toConsumer();
        return new PurchaseEdit(fields, json.has("warranty_expiry"), expiry.get());
    }

    /** A list of tags, or the comma-separated form. */
    private static Tags tags(JsonNode value) {
        if (value.isString()) {
            return Tags.parse(value.getStringValue());
        }
        try {
            return new Tags(JsonFields.strings(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a list of strings or a comma-separated string");
        }
    }

    private static CurrencyCode currency(JsonNode value) {
        return new CurrencyCode(JsonFields.text(value));
    }

    private static void setCurrency(Builder builder, CurrencyCode code) {
        if (code == null) {
            builder.unreadable("currency_code", "Currency code cannot be empty");
        } else {
            builder.currency(code);
        }
    }
}
