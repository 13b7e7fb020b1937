package io.spendvault.adapters.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.domain.common.Page;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The one pagination envelope of the API: {@code {items, total, page, size, pages}}, and on lists that can
 * also continue from a cursor (purchases) {@code next_after} while a page follows.
 */
@Serdeable
public record PageResponse<T>(List<T> items, long total, int page, int size, long pages,
                              @Nullable @JsonInclude(JsonInclude.Include.NON_NULL)
                              @Schema(description = "Only on lists that take after= (purchases), and only while another page follows: "
                                      + "send it as after= for the next page, which then reads on from this one's last item "
                                      + "however many items were added or removed meanwhile")
                              String nextAfter) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> toResponse) {
        return new PageResponse<>(page.items().stream().<T>map(toResponse).toList(), page.total(),
                page.request().page(), page.request().size(), page.pages(), null);
    }

    /** This page, telling the client where the next one starts. */
    public PageResponse<T> continuingAt(String cursor) {
        return new PageResponse<>(items, total, page, size, pages, cursor);
    }
}
