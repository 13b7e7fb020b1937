package io.spendvault.adapters.rest.common;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.spendvault.domain.common.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The {@code page} (1-based) and {@code size} (1–100) query values every list endpoint accepts. */
@Introspected
public record PageParams(
        @QueryValue @Nullable @Min(1) Integer page,
        @QueryValue @Nullable @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

    public PageRequest toPageRequest() {
        return new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
    }
}
