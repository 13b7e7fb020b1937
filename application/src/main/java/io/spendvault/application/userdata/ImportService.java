package io.spendvault.application.userdata;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.port.in.UploadFileUseCase;
import io.spendvault.application.userdata.port.in.ImportDataUseCase;
import io.spendvault.application.userdata.port.in.ImportProblem;
import io.spendvault.application.userdata.port.in.ImportReport;
import io.spendvault.application.userdata.port.in.ImportSource;
import io.spendvault.domain.common.DomainException;
import io.spendvault.domain.common.PayloadTooLargeException;
import io.spendvault.domain.common.QuotaExceededException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.UnsupportedContentException;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.DateFormat;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.BrandId;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.RetailerId;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.spending.Warranty;
import io.spendvault.domain.spending.WarrantyDetails;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Imports in one transaction. A dry run runs the same import and rolls it back at the end, so its counts
 * (duplicates within the document included) are exactly what the import would do; it only writes no
 * content and takes each file as added unless the user has its content already.
 */
public class ImportService implements ImportDataUseCase {

    private final AccountRecords records;
    private final UploadFileUseCase uploads;
    private final Transactions transactions;
    private final Clock clock;

    public ImportService(AccountRecords records, UploadFileUseCase uploads, Transactions transactions, Clock clock) {
        this.records = records;
        this.uploads = uploads;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ImportReport importData(UserId user, ImportSource source, boolean dryRun) {
        if (!dryRun) {
            return transactions.inTransaction(() -> new Run(user, false).importing(source));
        }
        try {
            transactions.inTransaction(() -> {
                throw new DryRunRolledBack(new Run(user, true).importing(source));
            });
            throw new IllegalStateException("a dry run always rolls back");
        } catch (DryRunRolledBack rolledBack) {
            return rolledBack.report;
        }
    }

    /** Thrown out of a dry run's transaction to roll it back, carrying what the run counted. */
    private static final class DryRunRolledBack extends RuntimeException {
        final transient ImportReport report;

        DryRunRolledBack(ImportReport report) {
            super("dry run", null, false, false);
            this.report = report;
        }
    }

    /** One import: the document's ids mapped to the account's, and the counts. */
    private final class Run {
        private final UserId user;
        private final boolean dryRun;
        private final Instant now = clock.instant();
        private final Map<String, RetailerId> retailers = new HashMap<>();
        private final Map<String, BrandId> brands = new HashMap<>();
        private final Map<String, ImportedPurchase> purchases = new HashMap<>();
        /** Rows are written {@value #BATCH} at a time; duplicates are looked for among them too. */
        private final List<Purchase> pendingPurchases = new ArrayList<>();
        private final Set<String> pendingKeys = new HashSet<>();
        private final List<Warranty> pendingWarranties = new ArrayList<>();
        private final Set<String> duplicates = new HashSet<>();
        private final Map<String, FileId> files = new HashMap<>();
        /** A dry run's files that the import would add: attachments to them are counted as fine, not written. */
        private final Set<String> plannedFiles = new HashSet<>();
        private final Map<String, VendorId> vendorsByName = new HashMap<>();
        private final List<ImportProblem> errors = new ArrayList<>();
        private int errorsNotListed;
        private int purchasesAdded;
        private int skippedFuture;
        private int skippedDuplicate;
        private int warrantiesAdded;
        private int retailersAdded;
        private int brandsAdded;
        private int filesAdded;
        private int filesDeduplicated;
        private CurrencyCode currency;

        Run(UserId user, boolean dryRun) {
            this.user = user;
            this.dryRun = dryRun;
        }

        ImportReport importing(ImportSource source) {
            source.settings().ifPresent(this::settings);
            currency = records.settings().find(user).map(UserSettings::currency).orElse(UserSettings.defaults(user).currency());
            source.retailers(vendor -> vendor(VendorKind.RETAILER, vendor).ifKnown(id -> remember(retailers, vendor, (RetailerId) id)));
            source.brands(vendor -> vendor(VendorKind.BRAND, vendor).ifKnown(id -> remember(brands, vendor, (BrandId) id)));
            source.purchases(this::purchase);
            flush();
            source.warranties(this::warranty);
            flush();
            source.files(this::file);
            source.attachments(this::attachment);
            source.problems(this::report);
            return new ImportReport(dryRun, purchasesAdded, skippedFuture, skippedDuplicate, warrantiesAdded, retailersAdded,
                    brandsAdded, filesAdded, filesDeduplicated, errors, errorsNotListed);
        }

        private <I> void remember(Map<String, I> ids, ImportSource.VendorRecord vendor, I id) {
            if (vendor.sourceId() != null) {
                ids.put(vendor.sourceId(), id);
            }
        }

        private void settings(ImportSource.SettingsRecord settings) {
            try {
                UserSettings current = records.settings().find(user).orElseGet(() -> UserSettings.defaults(user));
                records.settings().save(new UserSettings(user,
                        settings.currencyCode() == null ? current.currency() : new CurrencyCode(settings.currencyCode()),
                        settings.dateFormat() == null ? current.dateFormat() : DateFormat.of(settings.dateFormat()),
                        current.notifications()));
            } catch (RuleViolationException invalid) {
                report("settings", invalid);
            }
        }

        /** The account's vendor of that name, created when it has none. */
        private Mapped<VendorId> vendor(VendorKind kind, ImportSource.VendorRecord record) {
            try {
                return Mapped.of(vendorNamed(kind, record.name(), record.url(), record.createdAt(), record.updatedAt()));
            } catch (RuleViolationException invalid) {
                report(record.location(), invalid);
                return Mapped.none();
            }
        }

        private VendorId vendorNamed(VendorKind kind, String name, String url, Instant createdAt, Instant updatedAt) {
            Vendor created = Vendor.create(kind, user, name, url, now); // checks the name and address first
            // a CSV names the same few vendors on every row: each is looked up once
            return vendorsByName.computeIfAbsent(kind + ":" + created.canonicalName(), ignored -> records.vendors()
                    .findByName(kind, user, created.name()).map(Vendor::id).orElseGet(() -> {
                Vendor vendor = new Vendor(created.id(), user, created.name(), created.url(), orNow(createdAt),
                        orNow(updatedAt == null ? createdAt : updatedAt));
                records.vendors().insert(vendor);
                if (kind == VendorKind.RETAILER) {
                    retailersAdded++;
                } else {
                    brandsAdded++;
                }
                return vendor.id();
            }));
        }

        private void purchase(ImportSource.PurchaseRecord record) {
            PurchaseDetails details;
            try {
                PurchaseDetails.Builder builder = PurchaseDetails.builder(
                        record.currencyCode() == null ? currency : new CurrencyCode(record.currencyCode()));
                record.fields().accept(builder);
                builder.retailerId(reference(record.location(), "retailerId", record.retailerRef(), record.retailerName(),
                        retailers, VendorKind.RETAILER, id -> (RetailerId) id));
                builder.brandId(reference(record.location(), "brandId", record.brandRef(), record.brandName(),
                        brands, VendorKind.BRAND, id -> (BrandId) id));
                details = builder.build();
            } catch (RuleViolationException invalid) {
                report(record.location(), invalid);
                return;
            }
            if (details.purchaseDate().isAfter(Purchase.latestPurchaseDate(now))) {
                skippedFuture++;
                return;
            }
            if (pendingKeys.contains(duplicateKey(details)) || records.purchases().findDuplicate(user, details).isPresent()) {
                skippedDuplicate++;
                duplicates.add(record.sourceId());
                return;
            }
            Purchase created = Purchase.create(user, details, now);
            Instant createdAt = orNow(record.createdAt());
            pendingPurchases.add(new Purchase(created.id(), user, details, createdAt,
                    record.updatedAt() == null ? createdAt : record.updatedAt()));
            pendingKeys.add(duplicateKey(details));
            purchasesAdded++;
            ImportedPurchase imported = new ImportedPurchase(created.id(), details.purchaseDate());
            if (record.sourceId() != null) {
                purchases.put(record.sourceId(), imported);
            }
            if (record.warrantyEnd() != null) {
                warranty(new ImportSource.WarrantyRecord(record.location(), null, record.sourceId(),
                        fields -> fields.warrantyEnd(record.warrantyEnd()), createdAt, createdAt), imported);
            }
            if (pendingPurchases.size() >= BATCH) {
                flush();
            }
        }

        /** A vendor referenced by the document's id (which must be one of its own) or by name (found or made). */
        private <I extends VendorId> I reference(String location, String field, String ref, String name, Map<String, I> mapped,
                                                 VendorKind kind, Function<VendorId, I> type) {
            if (ref != null) {
                I id = mapped.get(ref);
                if (id == null) {
                    throw new RuleViolationException(field, "Refers to no " + kind.name().toLowerCase() + " of this import");
                }
                return id;
            }
            if (name == null || name.isBlank()) {
                return null;
            }
            try {
                return type.apply(vendorNamed(kind, name, null, null, null));
            } catch (RuleViolationException invalid) {
                throw new RuleViolationException(field, invalid.getMessage());
            }
        }

        private void warranty(ImportSource.WarrantyRecord record) {
            if (duplicates.contains(record.purchaseRef())) {
                return; // the purchase was there already, with its warranties
            }
            ImportedPurchase purchase = purchases.get(record.purchaseRef());
            if (purchase == null) {
                report(new ImportProblem(record.location(), "purchase_id", "Refers to no imported purchase"));
                return;
            }
            warranty(record, purchase);
            if (pendingWarranties.size() >= BATCH) {
                flush();
            }
        }

        private void warranty(ImportSource.WarrantyRecord record, ImportedPurchase purchase) {
            WarrantyDetails details;
            try {
                WarrantyDetails.Builder builder = WarrantyDetails.builder();
                record.fields().accept(builder);
                builder.purchaseId(purchase.id());
                if (builder.warrantyStart() == null) {
                    builder.warrantyStart(purchase.date());
                }
                details = builder.build();
            } catch (RuleViolationException invalid) {
                report(record.location(), invalid);
                return;
            }
            Warranty created = Warranty.create(user, details, now);
            Instant createdAt = orNow(record.createdAt());
            pendingWarranties.add(new Warranty(created.id(), user, details, createdAt,
                    record.updatedAt() == null ? createdAt : record.updatedAt()));
            warrantiesAdded++;
        }

        /** Writes the pending rows: purchases first, then the warranties that may belong to them. */
        private void flush() {
            records.purchases().insertAll(pendingPurchases);
            pendingPurchases.clear();
            pendingKeys.clear();
            records.warranties().insertAll(pendingWarranties);
            pendingWarranties.clear();
        }

        private void file(ImportSource.FileRecord record) {
            var existing = record.hash() == null ? Optional.<StoredFile>empty()
                    : records.files().findByContent(user, record.hash());
            if (existing.isPresent()) {
                files.put(record.sourceId(), existing.get().id());
                filesDeduplicated++;
                return;
            }
            if (record.content() == null) {
                report(new ImportProblem(record.location(), null,
                        "The file's content is not in this import (import the ZIP export to bring files back)"));
                return;
            }
            if (dryRun) {
                filesAdded++; // contents are not written in a dry run
                plannedFiles.add(record.sourceId());
                return;
            }
            try (InputStream content = record.content().get()) {
                Instant uploaded = orNow(record.uploadDate());
                var view = uploads.upload(new UploadFileUseCase.UploadFileCommand(user, record.originalFilename(),
                        record.description(), content, new UploadFileUseCase.Restored(record.filename(), uploaded,
                        record.updatedAt() == null ? uploaded : record.updatedAt())));
                files.put(record.sourceId(), new FileId(view.id()));
                filesAdded++;
            } catch (QuotaExceededException | PayloadTooLargeException | UnsupportedContentException refused) {
                report(new ImportProblem(record.location(), "file", refused.getMessage()));
            } catch (RuleViolationException invalid) {
                report(record.location(), invalid);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void attachment(ImportSource.AttachmentRecord record) {
            if (duplicates.contains(record.purchaseRef())) {
                return;
            }
            ImportedPurchase imported = purchases.get(record.purchaseRef());
            PurchaseId purchase = imported == null ? null : imported.id();
            FileId file = files.get(record.fileRef());
            if (purchase != null && file == null && plannedFiles.contains(record.fileRef())) {
                return; // the file is not written in a dry run, so neither is its link
            }
            if (purchase == null || file == null) {
                report(new ImportProblem(record.location(), purchase == null ? "purchase_id" : "file_id",
                        "Refers to no imported " + (purchase == null ? "purchase" : "file")));
                return;
            }
            if (records.attachments().find(purchase, file).isPresent()) {
                return; // the same link twice in one document: once is what it means
            }
            records.attachments().insert(new Attachment(purchase, file, record.type(), record.uploadedForPurchase(),
                    orNow(record.attachedAt())));
        }

        private Instant orNow(Instant value) {
            return value == null ? now : value;
        }

        private void report(String location, DomainException invalid) {
            if (invalid instanceof RuleViolationException violation && !violation.fieldErrors().isEmpty()) {
                violation.fieldErrors().forEach((field, messages) ->
                        messages.forEach(message -> report(new ImportProblem(location, field, message))));
            } else {
                report(new ImportProblem(location, null, invalid.getMessage()));
            }
        }

        private void report(ImportProblem problem) {
            if (errors.size() < ImportReport.MAX_ERRORS) {
                errors.add(problem);
            } else {
                errorsNotListed++;
            }
        }
    }

    private static final int BATCH = 500;

    /** What makes two purchases the same for an import: {@link io.spendvault.domain.spending.port.PurchaseRepository#findDuplicate}. */
    private static String duplicateKey(PurchaseDetails details) {
        return String.join("\u0000", details.productName(), details.purchaseDate().toString(),
                details.price().amount().stripTrailingZeros().toPlainString(), details.price().currency().value(),
                details.serialNumber() == null ? "\u0001" : details.serialNumber());
    }

    /** A purchase of the document as imported: its new id, and its date (a warranty's default start). */
    private record ImportedPurchase(PurchaseId id, LocalDate date) {
    }

    /** A document id's counterpart in the account, when the record could be imported. */
    private record Mapped<T>(T value) {
        static <T> Mapped<T> of(T value) {
            return new Mapped<>(value);
        }

        static <T> Mapped<T> none() {
            return new Mapped<>(null);
        }

        void ifKnown(Consumer<T> use) {
            if (value != null) {
                use.accept(value);
            }
        }
    }
}
