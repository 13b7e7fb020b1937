package io.spendvault.adapters.rest.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.spendvault.adapters.rest.common.SortParams;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** How {@code GET /admin/users} sorts: oldest account first unless asked otherwise. */
@Introspected
record AdminUserSortParams(
        @QueryValue("sort_by") @Nullable
        @Schema(allowableValues = {"created_at", "username", "last_login"}, defaultValue = "created_at") String sortBy,
        @QueryValue("sort_order") @Nullable @Pattern(regexp = "asc|desc", message = "must be asc or desc")
        @Schema(allowableValues = {"asc", "desc"}, defaultValue = "asc") String sortOrder)
        implements SortParams {
}
