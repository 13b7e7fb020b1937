package io.spendvault.application.spending.port.in;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.PurchaseQuery;

import java.util.UUID;

/** A user's own purchases and expenses. Another user's purchase is not found. */
public interface ManagePurchasesUseCase {

    Page<PurchaseOverview> list(UserId caller, PurchaseQuery query);

    PurchaseOverview get(UserId caller, PurchaseId id);

    /**
     * Missing currency defaults to the user's setting, missing quantity to 1.
     *
     * @throws io.spendvault.domain.common.RuleViolationException a field breaks a rule, including a date in the
     *                                                            future or a retailer or brand that is not the caller's
     */
    PurchaseOverview create(UserId caller, PurchaseEdit edit);

    /** Changes the fields the edit sets; the rest stay. */
    PurchaseOverview update(UserId caller, PurchaseId id, PurchaseEdit edit);

    /** Deletes the purchase and its warranties, and releases files uploaded for it. */
    void delete(UserId caller, PurchaseId id);
}
