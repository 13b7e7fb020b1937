package io.spendvault.adapters.rest.userdata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import io.spendvault.application.userdata.port.in.ImportProblem;
import io.spendvault.application.userdata.port.in.ImportSource;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.spending.AttachmentType;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.Tags;
import io.spendvault.domain.spending.WarrantyStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a JSON import: this project's export, or a Spends Tracker document ({@code purchases},
 * {@code retailers}, {@code brands}, in any order, with its own ids). The document is streamed once per
 * section, each record parsed on its own, so memory holds one record at a time however long the file;
 * sections are read in the order an import needs them, whatever order the file has.
 */
final class JsonImportReader implements ImportSource {

    /** Opens the document again for each pass. */
    @FunctionalInterface
    interface Document {
        InputStream open() throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeTreeCodec EXACT = JsonNodeTreeCodec.getInstance()
            .withConfig(JsonStreamConfig.DEFAULT.withUseBigDecimalForFloats(true).withUseBigIntegerForInts(true));

    private final Document document;
    private final List<ImportProblem> problems = new ArrayList<>();

    JsonImportReader(Document document) {
        this.document = document;
    }

    @Override
    public Optional<SettingsRecord> settings() {
        List<SettingsRecord> found = new ArrayList<>();
        section("settings", false, (node, location) -> found.add(new SettingsRecord(
                read(location, "currencyCode", node.get("currency_code"), ImportValues::text),
                read(location, "dateFormat", node.get("date_format"), ImportValues::text))));
        return found.stream().findFirst();
    }

    @Override
    public void retailers(Consumer<VendorRecord> each) {
        vendors("retailers", each);
    }

    @Override
    public void brands(Consumer<VendorRecord> each) {
        vendors("brands", each);
    }

    private void vendors(String section, Consumer<VendorRecord> each) {
        section(section, true, (node, location) -> each.accept(new VendorRecord(location,
                read(location, "id", node.get("id"), ImportValues::reference),
                read(location, "name", node.get("name"), ImportValues::text),
                read(location, "url", node.get("url"), ImportValues::text),
                read(location, "createdAt", node.get("created_at"), ImportValues::instant),
                read(location, "updatedAt", node.get("updated_at"), ImportValues::instant))));
    }

    @Override
    public void purchases(Consumer<PurchaseRecord> each) {
        section("purchases", true, (node, location) -> each.accept(new PurchaseRecord(location,
                read(location, "id", node.get("id"), ImportValues::reference),
                read(location, "currencyCode", node.get("currency_code"), ImportValues::text),
                builder -> purchaseFields(node, builder),
                read(location, "retailerId", node.get("retailer_id"), ImportValues::reference),
                read(location, "retailerName", node.get("retailer_name"), ImportValues::text),
                read(location, "brandId", node.get("brand_id"), ImportValues::reference),
                read(location, "brandName", node.get("brand_name"), ImportValues::text),
                read(location, "warrantyExpiry", node.get("warranty_expiry"), ImportValues::date),
                read(location, "createdAt", node.get("created_at"), ImportValues::instant),
                read(location, "updatedAt", node.get("updated_at"), ImportValues::instant))));
    }

    private static void purchaseFields(JsonNode node, PurchaseDetails.Builder builder) {
        Values values = new Values(node, builder::unreadable);
        builder.productName(values.get("productName", "product_name", ImportValues::text))
                .price(values.get("price", "price", ImportValues::decimal))
                .purchaseDate(values.get("purchaseDate", "purchase_date", ImportValues::date))
                .category(values.get("category", "category", ImportValues::text))
                .notes(values.get("notes", "notes", ImportValues::text))
                .taxDeductible(Boolean.TRUE.equals(values.get("taxDeductible", "tax_deductible", ImportValues::bool)))
                .modelNumber(values.get("modelNumber", "model_number", ImportValues::text))
                .serialNumber(values.get("serialNumber", "serial_number", ImportValues::text))
                .retailerOrderNumber(values.get("retailerOrderNumber", "retailer_order_number", ImportValues::text))
                .link(values.get("link", "link", ImportValues::text))
                .returnDeadline(values.get("returnDeadline", "return_deadline", ImportValues::date))
                .returnPolicy(values.get("returnPolicy", "return_policy", ImportValues::text));
        Integer quantity = values.get("quantity", "quantity", ImportValues::integer);
        if (quantity != null) {
            builder.quantity(quantity);
        }
        List<String> tags = values.get("tags", "tags", ImportValues::tags);
        if (tags != null) {
            try {
                builder.tags(new Tags(tags));
            } catch (RuleViolationException invalid) {
                builder.unreadable("tags", invalid.getMessage());
            }
        }
    }

    @Override
    public void warranties(Consumer<WarrantyRecord> each) {
        section("warranties", true, (node, location) -> each.accept(new WarrantyRecord(location,
                read(location, "id", node.get("id"), ImportValues::reference),
                read(location, "purchaseId", node.get("purchase_id"), ImportValues::reference),
                builder -> {
                    Values values = new Values(node, builder::unreadable);
                    builder.warrantyStart(values.get("warrantyStart", "warranty_start", ImportValues::date))
                            .warrantyEnd(values.get("warrantyEnd", "warranty_end", ImportValues::date))
                            .warrantyType(values.get("warrantyType", "warranty_type", ImportValues::text))
                            .provider(values.get("provider", "provider", ImportValues::text))
                            .notes(values.get("notes", "notes", ImportValues::text));
                    WarrantyStatus status = values.get("status", "status", JsonImportReader::status);
                    if (status != null) {
                        builder.status(status);
                    }
                },
                read(location, "createdAt", node.get("created_at"), ImportValues::instant),
                read(location, "updatedAt", node.get("updated_at"), ImportValues::instant))));
    }

    @Override
    public void files(Consumer<FileRecord> each) {
        section("files", true, (node, location) -> each.accept(new FileRecord(location,
                read(location, "id", node.get("id"), ImportValues::reference),
                read(location, "filename", node.get("filename"), ImportValues::text),
                read(location, "originalFilename", node.get("original_filename"), ImportValues::text),
                read(location, "description", node.get("description"), ImportValues::text),
                read(location, "fileHash", node.get("file_hash"), ImportValues::hash),
                read(location, "uploadDate", node.get("upload_date"), ImportValues::instant),
                read(location, "updatedAt", node.get("updated_at"), ImportValues::instant),
                null)));
    }

    @Override
    public void attachments(Consumer<AttachmentRecord> each) {
        section("attachments", true, (node, location) -> {
            AttachmentType type = read(location, "fileType", node.get("file_type"), JsonImportReader::attachmentType);
            Boolean uploadedForPurchase = read(location, "uploadedForPurchase", node.get("uploaded_for_purchase"), ImportValues::bool);
            each.accept(new AttachmentRecord(location,
                    read(location, "purchaseId", node.get("purchase_id"), ImportValues::reference),
                    read(location, "fileId", node.get("file_id"), ImportValues::reference),
                    type == null ? AttachmentType.OTHER : type, Boolean.TRUE.equals(uploadedForPurchase),
                    read(location, "attachedAt", node.get("attached_at"), ImportValues::instant)));
        });
    }

    @Override
    public void problems(Consumer<ImportProblem> each) {
        problems.forEach(each);
    }

    private static WarrantyStatus status(JsonNode value) {
        String text = ImportValues.text(value);
        try {
            return text == null ? null : WarrantyStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be ACTIVE, EXPIRED or VOIDED");
        }
    }

    private static AttachmentType attachmentType(JsonNode value) {
        String text = ImportValues.text(value);
        try {
            return text == null ? null : AttachmentType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be receipt, manual, photo, warranty or other");
        }
    }

    /** A value of a record that is not a purchase or warranty field: unreadable means reported and absent. */
    private <T> T read(String location, String field, JsonNode value, Function<JsonNode, T> reader) {
        try {
            return reader.apply(value);
        } catch (IllegalArgumentException unreadable) {
            if (problems.size() < 10_000) {
                problems.add(new ImportProblem(location, field, capitalised(field) + " " + unreadable.getMessage()));
            }
            return null;
        }
    }

    /** The values of a purchase or warranty: one that cannot be read is marked on its builder. */
    private record Values(JsonNode node, java.util.function.BiConsumer<String, String> unreadable) {
        <T> T get(String field, String name, Function<JsonNode, T> reader) {
            try {
                return reader.apply(node.get(name));
            } catch (IllegalArgumentException e) {
                unreadable.accept(field, capitalised(field) + " " + e.getMessage());
                return null;
            }
        }
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface RecordReader {
        void read(JsonNode record, String location);
    }

    /**
     * Streams the document to the top-level field {@code name} and hands over its value: each element of
     * a list (as {@code name[i]}), or the object itself. Other fields are skipped without being built.
     */
    private void section(String name, boolean list, RecordReader reader) {
        try (InputStream in = document.open(); JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable("The file must be one JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_NULL) {
                    return;
                }
                if (list) {
                    if (value != JsonToken.START_ARRAY) {
                        throw unreadable("\"" + name + "\" must be a list");
                    }
                    int index = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        reader.read(EXACT.readTree(parser), name + "[" + index++ + "]");
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        throw unreadable("Every element of \"" + name + "\" must be an object (element " + index + " is not)");
                    }
                } else {
                    if (value != JsonToken.START_OBJECT) {
                        throw unreadable("\"" + name + "\" must be an object");
                    }
                    reader.read(EXACT.readTree(parser), name);
                }
                return;
            }
        } catch (JsonProcessingException malformed) {
            throw unreadable("The file is not valid JSON: " + malformed.getOriginalMessage()
                    + (malformed.getLocation() == null ? "" : " (line " + malformed.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleViolationException unreadable(String message) {
        return new RuleViolationException("file", message);
    }
}
