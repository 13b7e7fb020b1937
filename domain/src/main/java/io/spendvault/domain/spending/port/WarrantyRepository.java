package io.spendvault.domain.spending.port;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.Warranty;
import io.spendvault.domain.spending.WarrantyId;
import io.spendvault.domain.spending.WarrantyOverview;
import io.spendvault.domain.spending.WarrantyStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Warranty records of a user's purchases. Statuses in reads are as seen on {@code today}. */
public interface WarrantyRepository {

    void insert(Warranty warranty);

    /** Inserts many at once (an import), as if one by one but in far fewer round trips. */
    void insertAll(List<Warranty> warranties);

    void update(Warranty warranty);

    Optional<Warranty> findById(WarrantyId id);

    Optional<WarrantyOverview> overview(WarrantyId id, LocalDate today);

    /**
     * The user's warranties, of one purchase (null for all) and with the given status as seen today (null for
     * all), latest-ending first. Another user's purchase has none of the user's warranties: an empty page.
     */
    Page<WarrantyOverview> list(UserId owner, PurchaseId purchase, WarrantyStatus status, LocalDate today, PageRequest page);

    /** The owner's warranties, the most recently recorded first (then by id, descending). */
    Page<WarrantyOverview> recent(UserId owner, LocalDate today, PageRequest page);

    /** The user's active warranties ending from today to {@code lastDay} inclusive, soonest first. */
    Page<WarrantyOverview> expiring(UserId owner, LocalDate today, LocalDate lastDay, PageRequest page);

    /** The warranties of one purchase that are not voided. */
    List<Warranty> notVoidedOf(PurchaseId purchaseId);

    boolean delete(WarrantyId id);

    /** Hands every warranty of the owner to {@code each}, the earliest recorded first, read with a cursor. */
    void forEachOf(UserId owner, LocalDate today, Consumer<WarrantyOverview> each);

    /** Deletes all of the owner's warranty records; returns how many. */
    long deleteAllOf(UserId owner);
}
