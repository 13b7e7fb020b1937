package io.spendvault.adapters.rest.files;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.files.FileQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** Request shapes of the files endpoints. */
final class FileRequests {

    private FileRequests() {
    }

    @Serdeable
    record Update(@Nullable @Size(min = 1, max = 255) String filename, @Nullable @Size(max = 1000) String description) {
    }

    /** The query values of {@code GET /uploads}. */
    @Introspected
    record ListQuery(
            @QueryValue @Nullable @Min(1) Integer page,
            @QueryValue @Nullable @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
            @QueryValue @Nullable @Size(max = 200) String search,
            @QueryValue("content_type") @Nullable @Size(max = 100) String contentType,
            @QueryValue("sort_by") @Nullable @Pattern(regexp = "upload_date|filename|file_size",
                    message = "must be one of upload_date, filename, file_size") String sortBy,
            @QueryValue("sort_order") @Nullable @Pattern(regexp = "asc|desc", message = "must be asc or desc") String sortOrder) {

        FileQuery toQuery() {
            FileQuery.SortBy by = sortBy == null ? FileQuery.SortBy.UPLOAD_DATE : FileQuery.SortBy.valueOf(sortBy.toUpperCase(Locale.ROOT));
            return new FileQuery(search, contentType, by, "asc".equals(sortOrder),
                    new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size));
        }
    }

    @Serdeable
    record Link(String url, java.time.Instant expiresAt) {
    }
}
