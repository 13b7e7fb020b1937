package io.spendvault.application.spending.port.in;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;

import java.util.UUID;

/** A user's own retailers and brands. Another user's vendor is not found. */
public interface ManageVendorsUseCase {

    Page<Vendor> list(VendorKind kind, UserId caller, String search, PageRequest page);

    Vendor get(UserId caller, VendorId id);

    /**
     * @throws io.spendvault.domain.common.RuleViolationException bad name or URL
     * @throws io.spendvault.domain.common.ConflictException       {@code NAME_TAKEN} (ignoring case)
     */
    Vendor create(VendorKind kind, UserId caller, String name, String url);

    /**
     * Changes what is sent: a name (never empty), a URL ({@code null} clears it).
     *
     * @throws io.spendvault.domain.common.RuleViolationException bad name or URL
     * @throws io.spendvault.domain.common.ConflictException       {@code NAME_TAKEN} (ignoring case)
     */
    Vendor update(UserId caller, VendorId id, FieldChange<String> name, FieldChange<String> url);

    /**
     * @param detach also when purchases name the vendor: they then name none
     * @throws io.spendvault.domain.common.ConflictException {@code VENDOR_IN_USE} when purchases name it and
     *                                                       {@code detach} is false
     */
    void delete(UserId caller, VendorId id, boolean detach);
}
