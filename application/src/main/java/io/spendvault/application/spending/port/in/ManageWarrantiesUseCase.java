package io.spendvault.application.spending.port.in;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.WarrantyDetails;
import io.spendvault.domain.spending.WarrantyId;
import io.spendvault.domain.spending.WarrantyOverview;
import io.spendvault.domain.spending.WarrantyStatus;

import java.util.UUID;
import java.util.function.Consumer;

/** Warranty records of a user's own purchases. Another user's warranty is not found. */
public interface ManageWarrantiesUseCase {

    int MAX_EXPIRING_DAYS = 365;

    /** {@code purchase} (null for all) narrows to one purchase's records; {@code status} as the user sees it (null for all). */
    Page<WarrantyOverview> list(UserId caller, PurchaseId purchase, WarrantyStatus status, PageRequest page);

    /** Active warranties ending today or within {@code days} (1 to 365) days, soonest first. */
    Page<WarrantyOverview> expiring(UserId caller, int days, PageRequest page);

    WarrantyOverview get(UserId caller, WarrantyId id);

    /** A missing start defaults to the purchase date. */
    WarrantyOverview create(UserId caller, Consumer<WarrantyDetails.Builder> fields);

    WarrantyOverview update(UserId caller, WarrantyId id, Consumer<WarrantyDetails.Builder> fields);

    void delete(UserId caller, WarrantyId id);
}
