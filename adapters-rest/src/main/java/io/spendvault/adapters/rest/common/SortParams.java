package io.spendvault.adapters.rest.common;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Sort;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code sort_by} and {@code sort_order} ({@code asc}|{@code desc}) query values every sortable list
 * accepts, next to {@link PageParams}. {@code sort_by} names one of the list's sort fields in lower case;
 * a missing {@code sort_order} keeps the list's default direction. Each list has its own small record of
 * the two, so that its OpenAPI description names exactly its fields.
 */
public interface SortParams {

    String sortBy();

    String sortOrder();

    default <F extends Enum<F>> Sort<F> toSort(Class<F> fields, Sort<F> defaultSort) {
        String by = sortBy();
        F field = by == null ? defaultSort.by() : Arrays.stream(fields.getEnumConstants())
                .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(by))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("sort_by", "sort_by must be one of " + Arrays.stream(fields.getEnumConstants())
                        .map(candidate -> candidate.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        return new Sort<>(field, sortOrder() == null ? defaultSort.ascending() : sortOrder().equals("asc"));
    }
}
