package io.spendvault.adapters.rest.files;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.spendvault.adapters.rest.common.SortParams;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** How {@code GET /uploads} sorts: newest upload first unless asked otherwise. */
@Introspected
record FileSortParams(
        @QueryValue("sort_by") @Nullable
        @Schema(allowableValues = {"upload_date", "filename", "file_size"}, defaultValue = "upload_date") String sortBy,
        @QueryValue("sort_order") @Nullable @Pattern(regexp = "asc|desc", message = "must be asc or desc")
        @Schema(allowableValues = {"asc", "desc"}, defaultValue = "desc") String sortOrder)
        implements SortParams {
}
