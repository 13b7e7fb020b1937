package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.spendvault.adapters.rest.common.SortParams;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** How {@code GET /purchases} sorts: newest purchase first unless asked otherwise. */
@Introspected
record PurchaseSortParams(
        @QueryValue("sort_by") @Nullable
        @Schema(allowableValues = {"purchase_date", "price", "product_name", "created_at", "spent", "return_deadline"},
                defaultValue = "purchase_date",
                description = "spent: price × quantity; return_deadline: purchases without one come last")
        String sortBy,
        @QueryValue("sort_order") @Nullable @Pattern(regexp = "asc|desc", message = "must be asc or desc")
        @Schema(allowableValues = {"asc", "desc"}, defaultValue = "desc") String sortOrder)
        implements SortParams {
}
