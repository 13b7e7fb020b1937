package io.spendvault.domain.spending.port;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;

import java.util.Optional;

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
}
