package io.spendvault.application.userdata.port.in;

import io.spendvault.domain.spending.AttachmentType;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.WarrantyDetails;
import io.spendvault.domain.storage.ContentHash;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A document to import, read record by record in the order the import needs them (vendors, purchases,
 * warranties, files, attachments), whatever order the file has them in. Ids are the document's own:
 * references ({@code …Ref}) name records of the same document. A reader hands a record over even when
 * some of its values could not be read, marked so that the import reports it; a document that cannot be
 * read at all makes the method throw ({@link io.spendvault.domain.common.RuleViolationException}).
 */
public interface ImportSource {

    Optional<SettingsRecord> settings();

    void retailers(Consumer<VendorRecord> each);

    void brands(Consumer<VendorRecord> each);

    void purchases(Consumer<PurchaseRecord> each);

    void warranties(Consumer<WarrantyRecord> each);

    void files(Consumer<FileRecord> each);

    void attachments(Consumer<AttachmentRecord> each);

    /** Problems the reader found outside the records' own values (an unreadable file entry, say). */
    void problems(Consumer<ImportProblem> each);

    record SettingsRecord(String currencyCode, String dateFormat) {
    }

    /** Timestamps are null when the document has none (then: now). */
    record VendorRecord(String location, String sourceId, String name, String url, Instant createdAt, Instant updatedAt) {
    }

    /**
     * {@code fields} sets every value the document has (a value it could not read as {@code unreadable});
     * the vendors are referenced by the document's id or, in a CSV file, by name. {@code currencyCode} null
     * means the user's currency; {@code warrantyEnd} is a warranty the record carries inline (Spends
     * Tracker's {@code warranty_expiry}).
     */
    record PurchaseRecord(String location, String sourceId, String currencyCode, Consumer<PurchaseDetails.Builder> fields,
                          String retailerRef, String retailerName, String brandRef, String brandName, LocalDate warrantyEnd,
                          Instant createdAt, Instant updatedAt) {
    }

    /** {@code fields} sets everything but the purchase, which {@code purchaseRef} names. */
    record WarrantyRecord(String location, String sourceId, String purchaseRef, Consumer<WarrantyDetails.Builder> fields,
                          Instant createdAt, Instant updatedAt) {
    }

    /** {@code content} is null when the document carries no contents (a JSON file without its ZIP). */
    record FileRecord(String location, String sourceId, String filename, String originalFilename, String description,
                      ContentHash hash, Instant uploadDate, Instant updatedAt, Supplier<InputStream> content) {
    }

    record AttachmentRecord(String location, String purchaseRef, String fileRef, AttachmentType type,
                            boolean uploadedForPurchase, Instant attachedAt) {
    }
}
