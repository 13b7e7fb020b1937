package io.spendvault.domain.common;

import java.util.Objects;

/**
 * The order of a list: which of the list's sortable fields {@code F}, and which way. Every sortable list
 * takes one, next to its {@link PageRequest}.
 */
public record Sort<F extends Enum<F>>(F by, boolean ascending) {

    public Sort {
        Objects.requireNonNull(by, "by");
    }

    public static <F extends Enum<F>> Sort<F> ascending(F by) {
        return new Sort<>(by, true);
    }

    public static <F extends Enum<F>> Sort<F> descending(F by) {
        return new Sort<>(by, false);
    }

    /** {@code "ASC"} or {@code "DESC"}, for adapters that build queries. */
    public String direction() {
        return ascending ? "ASC" : "DESC";
    }
}
