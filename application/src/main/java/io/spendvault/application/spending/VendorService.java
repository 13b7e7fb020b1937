package io.spendvault.application.spending;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.spending.port.in.ManageVendorsUseCase;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.identity.Ownership;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.VendorRepository;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** Retailers and brands of a user. */
public class VendorService implements ManageVendorsUseCase {

    private final VendorRepository vendors;
    private final PurchaseRepository purchases;
    private final Transactions transactions;
    private final Clock clock;

    public VendorService(VendorRepository vendors, PurchaseRepository purchases, Transactions transactions, Clock clock) {
        this.vendors = vendors;
        this.purchases = purchases;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<Vendor> list(VendorKind kind, UserId caller, String search, PageRequest page) {
        return vendors.list(kind, caller, search == null || search.isBlank() ? null : search.strip(), page);
    }

    @Override
    public Vendor get(UserId caller, VendorId id) {
        return Ownership.requireOwn(vendors.findById(id), Vendor::owner, caller, id.kind().displayName());
    }

    @Override
    public Vendor create(VendorKind kind, UserId caller, String name, String url) {
        Vendor vendor = Vendor.create(kind, caller, name, url, clock.instant());
        vendors.insert(vendor);
        return vendor;
    }

    @Override
    public Vendor update(UserId caller, VendorId id, FieldChange<String> name, FieldChange<String> url) {
        return transactions.inTransaction(() -> {
            Vendor current = get(caller, id);
            Vendor updated = current.changed(name.orElse(current.name()), url.orElse(current.url()), clock.instant());
            vendors.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(UserId caller, VendorId id, boolean detach) {
        transactions.inTransaction(() -> {
            get(caller, id);
            VendorKind kind = id.kind();
            long users = purchases.countUsing(id);
            if (users > 0 && !detach) {
                throw new ConflictException("VENDOR_IN_USE", "This " + kind.displayName().toLowerCase(Locale.ROOT) + " is used by "
                        + users + (users == 1 ? " purchase" : " purchases") + "; delete with detach=true to remove it from them");
            }
            if (!vendors.delete(id)) {
                throw new ResourceNotFoundException(kind.displayName() + " not found");
            }
        });
    }
}
