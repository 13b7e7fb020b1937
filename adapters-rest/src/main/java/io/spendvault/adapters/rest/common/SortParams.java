package io.spendvault.adapters.rest.common;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Sort;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code sort_by} and {@code sort_order} ({@code asc}|{@code desc}) query values every sortable list
 * accepts, next to {@link PageParams}. {@code sort_by} names one of the list's sort fields in lower case;
 * a missing {@code sort_order} keeps the list's default direction.
 */
@Introspected
public record SortParams(
        @QueryValue("sort_by") @Nullable @Size(max = 50) String sortBy,
        @QueryValue("sort_order") @Nullable @Pattern(regexp = "asc|desc", message = "must be asc or desc") String sortOrder) {

    public <F extends Enum<F>> Sort<F> toSort(Class<F> fields, Sort<F> defaultSort) {
        F by = sortBy == null ? defaultSort.by() : Arrays.stream(fields.getEnumConstants())
                .filter(field -> field.name().toLowerCase(Locale.ROOT).equals(sortBy))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("sort_by", "sort_by must be one of " + Arrays.stream(fields.getEnumConstants())
                        .map(field -> field.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        return new Sort<>(by, sortOrder == null ? defaultSort.ascending() : sortOrder.equals("asc"));
    }
}
