package io.spendvault.application.spending;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.Warranty;
import io.spendvault.domain.spending.WarrantyDetails;
import io.spendvault.domain.spending.WarrantyStatus;
import io.spendvault.domain.spending.port.WarrantyRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase's {@code warranty_expiry} is not stored on the purchase: warranty records are the single
 * source of truth, and the field is a shortcut to them. Reading it gives the end of the purchase's current
 * warranty. Writing a date creates the purchase's warranty (from the purchase date) when it has none and
 * moves the end of its only one otherwise; writing null deletes its only warranty. A purchase with several
 * warranties that are not voided is edited under {@code /warranties}, never guessed at here.
 */
final class WarrantyExpiryShortcut {

    private static final String FIELD = "warrantyExpiry";

    private final WarrantyRepository warranties;

    WarrantyExpiryShortcut(WarrantyRepository warranties) {
        this.warranties = warranties;
    }

    void apply(Purchase purchase, LocalDate expiry, Instant now) {
        List<Warranty> current = warranties.notVoidedOf(purchase.id());
        if (current.size() > 1) {
            throw new RuleViolationException(FIELD,
                    "This purchase has several warranties; change them under /api/v1/warranties");
        }
        if (expiry == null) {
            current.forEach(warranty -> warranties.delete(warranty.id()));
            return;
        }
        if (current.isEmpty()) {
            requireNotBefore(expiry, purchase.details().purchaseDate(), "the purchase date");
            warranties.insert(Warranty.create(purchase.owner(), WarrantyDetails.builder().purchaseId(purchase.id())
                    .warrantyStart(purchase.details().purchaseDate()).warrantyEnd(expiry).build(), now));
            return;
        }
        Warranty only = current.get(0);
        requireNotBefore(expiry, only.details().warrantyStart(), "the warranty's start");
        warranties.update(only.changed(only.details().toBuilder().warrantyEnd(expiry).status(WarrantyStatus.ACTIVE).build(), now));
    }

    private static void requireNotBefore(LocalDate expiry, LocalDate start, String what) {
        if (expiry.isBefore(start)) {
            throw new RuleViolationException(FIELD, "Warranty expiry cannot be before " + what);
        }
    }
}
