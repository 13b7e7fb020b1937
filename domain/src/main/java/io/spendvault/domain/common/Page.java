package io.spendvault.domain.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a result list together with the total number of matching items. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(request, "request");
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, was " + total);
        }
        if (items.size() > request.size()) {
            throw new IllegalArgumentException("a page holds at most " + request.size() + " items");
        }
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), 0, request);
    }

    /** Number of pages needed for {@link #total} items; 0 when there are none. */
    public long pages() {
        return (total + request.size() - 1) / request.size();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}
