package io.spendvault.adapters.rest.common;

import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.domain.common.Page;

import java.util.List;
import java.util.function.Function;

/** The one pagination envelope of the API: {@code {items, total, page, size, pages}}. */
@Serdeable
public record PageResponse<T>(List<T> items, long total, int page, int size, long pages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> toResponse) {
        return new PageResponse<>(page.items().stream().<T>map(toResponse).toList(), page.total(),
                page.request().page(), page.request().size(), page.pages());
    }
}
