package io.spendvault.application.spending;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.application.spending.port.in.ManagePurchasesUseCase;
import io.spendvault.application.spending.port.in.PurchaseEdit;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.identity.Ownership;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.settings.port.SettingsRepository;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.PurchaseQuery;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorRef;
import io.spendvault.domain.spending.port.AttachmentRepository;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.VendorRepository;
import io.spendvault.domain.spending.port.WarrantyRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A user's purchases: each change checks the whole purchase and its references in one transaction. */
public class PurchaseService implements ManagePurchasesUseCase {

    private final PurchaseRepository purchases;
    private final VendorRepository vendors;
    private final SettingsRepository settings;
    private final AttachmentRepository attachments;
    private final WarrantyExpiryShortcut warrantyExpiry;
    private final AttachedFileReleases releases;
    private final Transactions transactions;
    private final Clock clock;

    public PurchaseService(PurchaseRepository purchases, VendorRepository vendors, WarrantyRepository warranties,
                           AttachmentRepository attachments, SettingsRepository settings, ManageFilesUseCase files,
                           Transactions transactions, Clock clock) {
        this.purchases = purchases;
        this.vendors = vendors;
        this.settings = settings;
        this.attachments = attachments;
        this.warrantyExpiry = new WarrantyExpiryShortcut(warranties);
        this.releases = new AttachedFileReleases(attachments, files);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<PurchaseOverview> list(UserId caller, PurchaseQuery query) {
        return purchases.list(caller, query, today());
    }

    @Override
    public PurchaseOverview get(UserId caller, PurchaseId id) {
        return Ownership.requireOwn(purchases.overview(id, today()), overview -> overview.purchase().owner(), caller, "Purchase");
    }

    @Override
    public PurchaseOverview create(UserId caller, PurchaseEdit edit) {
        return transactions.inTransaction(() -> {
            // the user's default currency is read only for a purchase that names none
            PurchaseDetails.Builder builder = PurchaseDetails.builder(
                    () -> settings.find(caller).map(UserSettings::currency).orElse(CurrencyCode.USD));
            edit.fields().accept(builder);
            PurchaseDetails details = builder.build();
            VendorRef retailer = ownVendor(caller, details.retailerId(), "retailerId");
            VendorRef brand = ownVendor(caller, details.brandId(), "brandId");
            Purchase purchase = Purchase.create(caller, details, clock.instant());
            purchases.insert(purchase);
            if (edit.warrantyExpirySent() && edit.warrantyExpiry() != null) {
                warrantyExpiry.apply(purchase, edit.warrantyExpiry(), purchase.createdAt());
                return overviewOf(purchase.id());
            }
            // nothing refers to a purchase just created (no warranty, no attachment) and its vendors were
            // read above: its overview needs no reading back
            return new PurchaseOverview(purchase, retailer, brand, null, 0);
        });
    }

    @Override
    public PurchaseOverview update(UserId caller, PurchaseId id, PurchaseEdit edit) {
        return transactions.inTransaction(() -> {
            Purchase stored = lockOwn(caller, id);
            PurchaseDetails.Builder builder = stored.details().toBuilder();
            edit.fields().accept(builder);
            PurchaseDetails details = builder.build();
            requireOwnVendors(caller, details, stored.details());
            Instant now = clock.instant();
            Purchase updated = stored.changed(details, now);
            purchases.update(updated);
            if (edit.warrantyExpirySent()) {
                warrantyExpiry.apply(updated, edit.warrantyExpiry(), now);
            }
            return overviewOf(id);
        });
    }

    @Override
    public void delete(UserId caller, PurchaseId id) {
        List<Attachment> detached = transactions.inTransaction(() -> {
            lockOwn(caller, id);
            List<Attachment> attached = attachments.of(id);
            purchases.delete(id);
            return attached;
        });
        detached.forEach(attachment -> releases.release(caller, attachment));
    }

    private Purchase lockOwn(UserId caller, PurchaseId id) {
        return Ownership.requireOwn(purchases.lockById(id), Purchase::owner, caller, "Purchase");
    }

    private PurchaseOverview overviewOf(PurchaseId id) {
        return purchases.overview(id, today()).orElseThrow(() -> new ResourceNotFoundException("Purchase not found"));
    }

    /** A referenced retailer or brand must be the caller's; one that was already referenced is not re-checked. */
    private void requireOwnVendors(UserId caller, PurchaseDetails details, PurchaseDetails before) {
        if (!Objects.equals(details.retailerId(), before.retailerId())) {
            ownVendor(caller, details.retailerId(), "retailerId");
        }
        if (!Objects.equals(details.brandId(), before.brandId())) {
            ownVendor(caller, details.brandId(), "brandId");
        }
    }

    /** The caller's retailer or brand {@code id} names, as a purchase shows it; null for none. */
    private VendorRef ownVendor(UserId caller, VendorId id, String field) {
        if (id == null) {
            return null;
        }
        Vendor vendor = vendors.findById(id).filter(found -> found.owner().equals(caller))
                .orElseThrow(() -> new RuleViolationException(field, id.kind().displayName() + " not found"));
        return new VendorRef(id, vendor.name());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
