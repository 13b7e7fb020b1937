package io.spendvault.adapters.rest.userdata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.spendvault.application.userdata.port.in.AccountData;
import io.spendvault.application.userdata.port.in.ExportHeader;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.Warranty;
import io.spendvault.domain.spending.WarrantyDetails;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes the JSON export ({@code format: "spendvault-export", version: 1}) record by record as the
 * snapshot hands them over. Every field of every record is written, nulls included, in the API's
 * names; prices are decimal strings, timestamps and dates ISO-8601, warranty statuses as recorded.
 */
final class ExportJsonWriter {

    static final String FORMAT = "spendvault-export";
    static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ExportJsonWriter() {
    }

    static void write(AccountData data, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            ExportHeader header = data.header();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("exported_at", header.exportedAt().toString());
            json.writeObjectFieldStart("user");
            json.writeStringField("username", header.username());
            json.writeStringField("email", header.email());
            json.writeEndObject();
            json.writeObjectFieldStart("settings");
            json.writeStringField("currency_code", header.settings().currency().value());
            json.writeStringField("date_format", header.settings().dateFormat().pattern());
            json.writeEndObject();
            array(json, "retailers", data::retailers, vendor -> vendor(json, vendor));
            array(json, "brands", data::brands, vendor -> vendor(json, vendor));
            array(json, "purchases", data::purchases, overview -> purchase(json, overview.purchase()));
            array(json, "warranties", data::warranties, overview -> warranty(json, overview.warranty()));
            array(json, "files", data::files, file -> file(json, file));
            array(json, "attachments", data::attachments, attachment -> attachment(json, attachment));
            json.writeEndObject();
        }
    }

    /** A JSON writer of one record; its I/O failures surface unchecked through the snapshot's callbacks. */
    @FunctionalInterface
    private interface RecordWriter<T> {
        void write(T record) throws IOException;
    }

    private static <T> void array(JsonGenerator json, String name, Consumer<Consumer<T>> source, RecordWriter<T> writer)
            throws IOException {
        json.writeArrayFieldStart(name);
        source.accept(record -> {
            try {
                writer.write(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        json.writeEndArray();
    }

    private static void vendor(JsonGenerator json, Vendor vendor) throws IOException {
        json.writeStartObject();
        id(json, "id", vendor.id().value());
        json.writeStringField("name", vendor.name());
        json.writeStringField("url", vendor.url());
        instant(json, "created_at", vendor.createdAt());
        instant(json, "updated_at", vendor.updatedAt());
        json.writeEndObject();
    }

    private static void purchase(JsonGenerator json, Purchase purchase) throws IOException {
        PurchaseDetails details = purchase.details();
        json.writeStartObject();
        id(json, "id", purchase.id().value());
        json.writeStringField("product_name", details.productName());
        json.writeStringField("price", details.price().amount().toPlainString());
        json.writeStringField("currency_code", details.price().currency().value());
        date(json, "purchase_date", details.purchaseDate());
        json.writeStringField("category", details.category());
        id(json, "retailer_id", details.retailerId() == null ? null : details.retailerId().value());
        id(json, "brand_id", details.brandId() == null ? null : details.brandId().value());
        json.writeStringField("notes", details.notes());
        json.writeBooleanField("tax_deductible", details.taxDeductible());
        json.writeStringField("model_number", details.modelNumber());
        json.writeStringField("serial_number", details.serialNumber());
        json.writeStringField("retailer_order_number", details.retailerOrderNumber());
        json.writeNumberField("quantity", details.quantity());
        json.writeStringField("link", details.link());
        date(json, "return_deadline", details.returnDeadline());
        json.writeStringField("return_policy", details.returnPolicy());
        json.writeArrayFieldStart("tags");
        for (String tag : details.tags().values()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        instant(json, "created_at", purchase.createdAt());
        instant(json, "updated_at", purchase.updatedAt());
        json.writeEndObject();
    }

    private static void warranty(JsonGenerator json, Warranty warranty) throws IOException {
        WarrantyDetails details = warranty.details();
        json.writeStartObject();
        id(json, "id", warranty.id().value());
        id(json, "purchase_id", details.purchaseId().value());
        date(json, "warranty_start", details.warrantyStart());
        date(json, "warranty_end", details.warrantyEnd());
        json.writeStringField("warranty_type", details.warrantyType());
        json.writeStringField("provider", details.provider());
        json.writeStringField("notes", details.notes());
        json.writeStringField("status", details.status().name());
        instant(json, "created_at", warranty.createdAt());
        instant(json, "updated_at", warranty.updatedAt());
        json.writeEndObject();
    }

    private static void file(JsonGenerator json, StoredFile file) throws IOException {
        json.writeStartObject();
        id(json, "id", file.id().value());
        json.writeStringField("filename", file.filename());
        json.writeStringField("original_filename", file.originalFilename());
        json.writeStringField("content_type", file.contentType());
        json.writeNumberField("file_size", file.size());
        json.writeStringField("file_hash", file.hash().prefixed());
        json.writeStringField("description", file.description());
        instant(json, "upload_date", file.uploadDate());
        instant(json, "updated_at", file.updatedAt());
        json.writeEndObject();
    }

    private static void attachment(JsonGenerator json, Attachment attachment) throws IOException {
        json.writeStartObject();
        id(json, "purchase_id", attachment.purchaseId().value());
        id(json, "file_id", attachment.fileId().value());
        json.writeStringField("file_type", attachment.type().name().toLowerCase(Locale.ROOT));
        json.writeBooleanField("uploaded_for_purchase", attachment.uploadedForPurchase());
        instant(json, "attached_at", attachment.attachedAt());
        json.writeEndObject();
    }

    private static void id(JsonGenerator json, String field, UUID value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }

    private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }

    private static void instant(JsonGenerator json, String field, Instant value) throws IOException {
        json.writeStringField(field, value.toString());
    }
}
