package io.spendvault.domain.spending.port;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;

import java.util.Optional;
import java.util.function.Consumer;

/** A user's retailers and brands. Names are unique per user and kind, ignoring case. */
public interface VendorRepository {

    /** @throws io.spendvault.domain.common.ConflictException {@code NAME_TAKEN} */
    void insert(Vendor vendor);

    /** @throws io.spendvault.domain.common.ConflictException {@code NAME_TAKEN} */
    void update(Vendor vendor);

    Optional<Vendor> findById(VendorId id);

    boolean delete(VendorId id);

    /** The user's vendors of a kind whose name contains {@code search} (any case; null for all), by name. */
    Page<Vendor> list(VendorKind kind, UserId owner, String search, PageRequest page);

    /** The owner's vendor of a kind with this name, ignoring case and surrounding spaces. */
    Optional<Vendor> findByName(VendorKind kind, UserId owner, String name);

    /** Hands every vendor of a kind of the owner to {@code each}, the earliest recorded first, read with a cursor. */
    void forEachOf(VendorKind kind, UserId owner, Consumer<Vendor> each);

    /** Deletes all of the owner's vendors of a kind (purchases naming them lose the reference); returns how many. */
    long deleteAllOf(VendorKind kind, UserId owner);
}
