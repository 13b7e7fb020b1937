package io.spendvault.domain.spending.port;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.PurchaseQuery;
import io.spendvault.domain.spending.VendorId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A user's purchases. Deleting one deletes its warranties and attachment links with it. Read models take
 * {@code today}, the date warranty statuses are judged on.
 */
public interface PurchaseRepository {

    void insert(Purchase purchase);

    /** Inserts many at once (an import), as if one by one but in far fewer round trips. */
    void insertAll(List<Purchase> purchases);

    void update(Purchase purchase);

    Optional<Purchase> findById(PurchaseId id);

    /** Reads and locks the purchase until the transaction ends, so concurrent changes queue up. */
    Optional<Purchase> lockById(PurchaseId id);

    Optional<PurchaseOverview> overview(PurchaseId id, LocalDate today);

    Page<PurchaseOverview> list(UserId owner, PurchaseQuery query, LocalDate today);

    boolean delete(PurchaseId id);

    /** How many purchases name the vendor. */
    long countUsing(VendorId vendor);

    /**
     * An earlier purchase of the owner that an import would duplicate: the same product name, purchase
     * date, price, currency and serial number (both without one counts as the same).
     */
    Optional<PurchaseId> findDuplicate(UserId owner, PurchaseDetails details);

    /**
     * Hands every purchase of the owner to {@code each}, the earliest recorded first, read with a cursor
     * so that memory stays flat however many there are.
     */
    void forEachOf(UserId owner, LocalDate today, Consumer<PurchaseOverview> each);

    /** Deletes all of the owner's purchases (with their warranties and attachment links); returns how many. */
    long deleteAllOf(UserId owner);
}
