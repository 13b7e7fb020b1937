package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.Sort;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.spending.BrandId;
import io.spendvault.domain.spending.PurchaseCursor;
import io.spendvault.domain.spending.PurchaseQuery;
import io.spendvault.domain.spending.RetailerId;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The filter query values of {@code GET /purchases}; paging and sorting come from the shared parameters. */
@Introspected
record PurchaseFilters(
        @QueryValue @Nullable @Size(max = 200) String search,
        @QueryValue("retailer_id") @Nullable UUID retailerId,
        @QueryValue("brand_id") @Nullable UUID brandId,
        @QueryValue @Nullable @Size(max = 100) String category,
        @QueryValue @Nullable @Size(max = 50) String tag,
        @QueryValue("date_from") @Nullable LocalDate dateFrom,
        @QueryValue("date_to") @Nullable LocalDate dateTo,
        @QueryValue("return_deadline_from") @Nullable
        @Schema(description = "Only purchases with a return deadline on or after this day (e.g. today: returns still open)")
        LocalDate returnDeadlineFrom,
        @QueryValue("return_deadline_to") @Nullable
        @Schema(description = "Only purchases with a return deadline on or before this day") LocalDate returnDeadlineTo,
        @QueryValue("min_price") @Nullable BigDecimal minPrice,
        @QueryValue("max_price") @Nullable BigDecimal maxPrice,
        @QueryValue("tax_deductible") @Nullable @Pattern(regexp = "true|false|1|0", message = "must be true or false (or 1 or 0)")
        String taxDeductible,
        @QueryValue("currency_code") @Nullable String currencyCode,
        @QueryValue @Nullable @Size(max = 1000)
        @Schema(description = "next_after of the page before: this page reads on right after its last item (page must be 1)")
        String after) {

    PurchaseQuery toQuery(Sort<PurchaseQuery.SortBy> sort, PageRequest page) {
        return new PurchaseQuery(search, retailerId == null ? null : new RetailerId(retailerId),
                brandId == null ? null : new BrandId(brandId), category, tag, dateFrom, dateTo, returnDeadlineFrom,
                returnDeadlineTo, minPrice, maxPrice,
                taxDeductible == null ? null : taxDeductible.equals("true") || taxDeductible.equals("1"),
                currencyCode == null || currencyCode.isBlank() ? null : new CurrencyCode(currencyCode), sort, page,
                after == null || after.isBlank() ? null : PurchaseCursor.parse(after.strip()));
    }
}
