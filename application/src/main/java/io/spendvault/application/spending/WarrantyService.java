package io.spendvault.application.spending;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.spending.port.in.ManageWarrantiesUseCase;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.identity.Ownership;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.Warranty;
import io.spendvault.domain.spending.WarrantyDetails;
import io.spendvault.domain.spending.WarrantyId;
import io.spendvault.domain.spending.WarrantyOverview;
import io.spendvault.domain.spending.WarrantyStatus;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.WarrantyRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/** Warranty records of a user's purchases; statuses are judged on the server's current (UTC) date. */
public class WarrantyService implements ManageWarrantiesUseCase {

    private final WarrantyRepository warranties;
    private final PurchaseRepository purchases;
    private final Transactions transactions;
    private final Clock clock;

    public WarrantyService(WarrantyRepository warranties, PurchaseRepository purchases, Transactions transactions, Clock clock) {
        this.warranties = warranties;
        this.purchases = purchases;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<WarrantyOverview> list(UserId caller, PurchaseId purchase, WarrantyStatus status, PageRequest page) {
        return warranties.list(caller, purchase, status, today(), page);
    }

    @Override
    public Page<WarrantyOverview> expiring(UserId caller, int days, PageRequest page) {
        if (days < 1 || days > MAX_EXPIRING_DAYS) {
            throw new RuleViolationException("days", "Days must be between 1 and " + MAX_EXPIRING_DAYS);
        }
        LocalDate today = today();
        return warranties.expiring(caller, today, today.plusDays(days), page);
    }

    @Override
    public WarrantyOverview get(UserId caller, WarrantyId id) {
        return Ownership.requireOwn(warranties.overview(id, today()), overview -> overview.warranty().owner(), caller, "Warranty");
    }

    @Override
    public WarrantyOverview create(UserId caller, Consumer<WarrantyDetails.Builder> fields) {
        return transactions.inTransaction(() -> {
            WarrantyDetails.Builder builder = WarrantyDetails.builder();
            fields.accept(builder);
            Purchase purchase = requireOwnPurchase(caller, builder.purchaseId());
            if (builder.warrantyStart() == null) {
                builder.warrantyStart(purchase.details().purchaseDate());
            }
            Warranty warranty = Warranty.create(caller, builder.build(), clock.instant());
            warranties.insert(warranty);
            return overviewOf(warranty.id());
        });
    }

    @Override
    public WarrantyOverview update(UserId caller, WarrantyId id, Consumer<WarrantyDetails.Builder> fields) {
        return transactions.inTransaction(() -> {
            Warranty stored = own(caller, id);
            WarrantyDetails.Builder builder = stored.details().toBuilder();
            fields.accept(builder);
            if (!stored.details().purchaseId().equals(builder.purchaseId())) {
                requireOwnPurchase(caller, builder.purchaseId());
            }
            warranties.update(stored.changed(builder.build(), clock.instant()));
            return overviewOf(id);
        });
    }

    @Override
    public void delete(UserId caller, WarrantyId id) {
        transactions.inTransaction(() -> {
            own(caller, id);
            warranties.delete(id);
        });
    }

    private Warranty own(UserId caller, WarrantyId id) {
        return Ownership.requireOwn(warranties.findById(id), Warranty::owner, caller, "Warranty");
    }

    /** A purchase named in the body is a reference, so a foreign or missing one is a 422, not a 404. */
    private Purchase requireOwnPurchase(UserId caller, PurchaseId purchaseId) {
        if (purchaseId == null) {
            throw new RuleViolationException("purchaseId", "Purchase is required");
        }
        return purchases.lockById(purchaseId).filter(purchase -> purchase.owner().equals(caller))
                .orElseThrow(() -> new RuleViolationException("purchaseId", "Purchase not found"));
    }

    private WarrantyOverview overviewOf(WarrantyId id) {
        return warranties.overview(id, today()).orElseThrow(() -> new ResourceNotFoundException("Warranty not found"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
