package io.spendvault.domain.spending;

import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.Dates;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.common.Sort;
import io.spendvault.domain.settings.CurrencyCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to list a user's purchases. Every filter is optional (null); they combine with AND. {@code search}
 * matches text in product name, notes, model and serial number, ignoring case; {@code category} matches
 * ignoring case; date and price bounds are inclusive (the return deadline bounds list only purchases that
 * have one). Prices compare as numbers whatever their currency. With {@code after} (may be null) the page
 * continues right after that purchase in the sort order instead of at the page number (which must then
 * be 1); the total still counts every match.
 */
public record PurchaseQuery(String search, RetailerId retailerId, BrandId brandId, String category, String tag,
                            LocalDate dateFrom, LocalDate dateTo, LocalDate returnDeadlineFrom, LocalDate returnDeadlineTo,
                            BigDecimal minPrice, BigDecimal maxPrice,
                            Boolean taxDeductible, CurrencyCode currency, Sort<SortBy> sort, PageRequest page,
                            PurchaseCursor after) {

    /**
     * {@code SPENT}: price × quantity, what the purchase cost in all. {@code RETURN_DEADLINE}: purchases
     * without one come last in either direction.
     */
    public enum SortBy { PURCHASE_DATE, PRICE, PRODUCT_NAME, CREATED_AT, SPENT, RETURN_DEADLINE }

    public static final Sort<SortBy> DEFAULT_SORT = Sort.descending(SortBy.PURCHASE_DATE);

    public PurchaseQuery {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        search = blankToNull(search);
        category = blankToNull(category);
        tag = Tags.normalize(tag);
        Violations violations = new Violations();
        violations.check(() -> Dates.requireInRange("dateFrom", dateFrom));
        violations.check(() -> Dates.requireInRange("dateTo", dateTo));
        if (dateFrom != null && dateTo != null && dateTo.isBefore(dateFrom)) {
            violations.add("dateTo", "The end date cannot be before the start date");
        }
        violations.check(() -> Dates.requireInRange("returnDeadlineFrom", returnDeadlineFrom));
        violations.check(() -> Dates.requireInRange("returnDeadlineTo", returnDeadlineTo));
        if (returnDeadlineFrom != null && returnDeadlineTo != null && returnDeadlineTo.isBefore(returnDeadlineFrom)) {
            violations.add("returnDeadlineTo", "The end date cannot be before the start date");
        }
        if (minPrice != null && maxPrice != null && maxPrice.compareTo(minPrice) < 0) {
            violations.add("maxPrice", "The highest price cannot be less than the lowest");
        }
        if (after != null && after.by() != sort.by()) {
            violations.add("after", "The cursor was made for another sort order: start again without after");
        }
        if (after != null && page.page() != 1) {
            violations.add("page", "page cannot be combined with after");
        }
        violations.throwIfAny();
    }

    /** A query that pages by number. */
    public PurchaseQuery(String search, RetailerId retailerId, BrandId brandId, String category, String tag,
                         LocalDate dateFrom, LocalDate dateTo, LocalDate returnDeadlineFrom, LocalDate returnDeadlineTo,
                         BigDecimal minPrice, BigDecimal maxPrice, Boolean taxDeductible, CurrencyCode currency,
                         Sort<SortBy> sort, PageRequest page) {
        this(search, retailerId, brandId, category, tag, dateFrom, dateTo, returnDeadlineFrom, returnDeadlineTo, minPrice,
                maxPrice, taxDeductible, currency, sort, page, null);
    }

    /** All of a user's purchases, newest first. */
    public static PurchaseQuery all(PageRequest page) {
        return new PurchaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, DEFAULT_SORT,
                page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
