package io.spendvault.adapters.rest.files;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.Sort;
import io.spendvault.domain.files.FileQuery;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Request shapes of the files endpoints. */
final class FileRequests {

    private FileRequests() {
    }

    /** The body of an update, as documented: read field by field, so only what is sent changes. */
    @Serdeable
    record Update(@Nullable String filename, @Nullable String description) {
    }

    /** The documented form of an upload: the description first, then the file (read by MultipartUpload, not bound). */
    @Serdeable
    record UploadForm(
            @Nullable @Schema(description = "Up to 1000 characters; send it before the file") String description,
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The content; its part needs a filename") String file) {
    }

    record Changes(FieldChange<String> filename, FieldChange<String> description) {
    }

    /** The filter query values of {@code GET /uploads}; paging and sorting come from the shared parameters. */
    @Introspected
    record Filters(
            @QueryValue @Nullable @Size(max = 200) String search,
            @QueryValue("content_type") @Nullable @Size(max = 100) String contentType) {

        FileQuery toQuery(Sort<FileQuery.SortBy> sort, PageRequest page) {
            return new FileQuery(search, contentType, sort, page);
        }
    }

    @Serdeable
    record Link(String url, java.time.Instant expiresAt) {
    }
}
