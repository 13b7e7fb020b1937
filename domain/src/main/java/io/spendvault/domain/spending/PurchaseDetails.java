package io.spendvault.domain.spending;

import io.spendvault.domain.common.Dates;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.settings.CurrencyCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a user records about a purchase. A simple expense is a purchase with only name, price, date and
 * category. Each field is checked here; blank optional texts become null.
 */
public record PurchaseDetails(
        String productName,
        Money price,
        LocalDate purchaseDate,
        String category,
        RetailerId retailerId,
        BrandId brandId,
        String notes,
        boolean taxDeductible,
        String modelNumber,
        String serialNumber,
        String retailerOrderNumber,
        int quantity,
        String link,
        LocalDate returnDeadline,
        String returnPolicy,
        Tags tags) {

    public static final int MAX_PRODUCT_NAME = 255;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_NOTES = 10_000;
    public static final int MAX_REFERENCE_NUMBER = 100;
    public static final int MAX_LINK = 500;
    public static final int MAX_RETURN_POLICY = 200;

    public PurchaseDetails {
        Violations violations = new Violations();
        productName = Texts.required(violations, "productName", "Product name", productName, MAX_PRODUCT_NAME);
        if (price == null) {
            violations.add("price", "Price is required");
        }
        if (purchaseDate == null) {
            violations.add("purchaseDate", "Purchase date is required");
        }
        violations.check(() -> Dates.requireInRange("purchaseDate", purchaseDate));
        category = Texts.optional(violations, "category", "Category", category, MAX_CATEGORY);
        notes = Texts.optional(violations, "notes", "Notes", notes, MAX_NOTES);
        modelNumber = Texts.optional(violations, "modelNumber", "Model number", modelNumber, MAX_REFERENCE_NUMBER);
        serialNumber = Texts.optional(violations, "serialNumber", "Serial number", serialNumber, MAX_REFERENCE_NUMBER);
        retailerOrderNumber = Texts.optional(violations, "retailerOrderNumber", "Retailer order number", retailerOrderNumber,
                MAX_REFERENCE_NUMBER);
        if (quantity < 1) {
            violations.add("quantity", "Quantity must be at least 1");
        }
        link = WebAddress.check(violations, "link", link, MAX_LINK);
        violations.check(() -> Dates.requireInRange("returnDeadline", returnDeadline));
        if (returnDeadline != null && purchaseDate != null && returnDeadline.isBefore(purchaseDate)) {
            violations.add("returnDeadline", "Return deadline cannot be before the purchase date");
        }
        returnPolicy = Texts.optional(violations, "returnPolicy", "Return policy", returnPolicy, MAX_RETURN_POLICY);
        tags = tags == null ? Tags.NONE : tags;
        violations.throwIfAny();
    }

    public static Builder builder(CurrencyCode currency) {
        return new Builder(() -> currency);
    }

    /**
     * A builder whose currency, unless one is set, is {@code defaultCurrency}'s answer, asked for only then
     * (it may be a look-up: a new purchase that names its currency needs no reading of the user's settings).
     */
    public static Builder builder(Supplier<CurrencyCode> defaultCurrency) {
        return new Builder(defaultCurrency);
    }

    /** A builder holding these details, to change some of them. */
    public Builder toBuilder() {
        return new Builder(price::currency).productName(productName).price(price.amount())
                .purchaseDate(purchaseDate).category(category).retailerId(retailerId).brandId(brandId).notes(notes)
                .taxDeductible(taxDeductible).modelNumber(modelNumber).serialNumber(serialNumber)
                .retailerOrderNumber(retailerOrderNumber).quantity(quantity).link(link).returnDeadline(returnDeadline)
                .returnPolicy(returnPolicy).tags(tags);
    }

    /** Collects field values (partial updates set only what was sent); {@link #build()} checks them all. */
    public static final class Builder {
        private String productName;
        private BigDecimal price;
        private CurrencyCode currency;
        private LocalDate purchaseDate;
        private String category;
        private RetailerId retailerId;
        private BrandId brandId;
        private String notes;
        private boolean taxDeductible;
        private String modelNumber;
        private String serialNumber;
        private String retailerOrderNumber;
        private int quantity = 1;
        private String link;
        private LocalDate returnDeadline;
        private String returnPolicy;
        private Tags tags = Tags.NONE;
        private final Violations inputProblems = new Violations();
        private final Supplier<CurrencyCode> defaultCurrency;

        private Builder(Supplier<CurrencyCode> defaultCurrency) {
            this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        }

        /**
         * Records that the value sent for {@code field} could not even be read (a wrong type, say); it is
         * reported by {@link #build()} together with every rule the other values break.
         */
        public Builder unreadable(String field, String message) { inputProblems.add(field, message); return this; }

        public Builder productName(String value) { productName = value; return this; }
        public Builder price(BigDecimal value) { price = value; return this; }
        public Builder currency(CurrencyCode value) { currency = Objects.requireNonNull(value, "currency"); return this; }
        public Builder purchaseDate(LocalDate value) { purchaseDate = value; return this; }
        public Builder category(String value) { category = value; return this; }
        public Builder retailerId(RetailerId value) { retailerId = value; return this; }
        public Builder brandId(BrandId value) { brandId = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder taxDeductible(boolean value) { taxDeductible = value; return this; }
        public Builder modelNumber(String value) { modelNumber = value; return this; }
        public Builder serialNumber(String value) { serialNumber = value; return this; }
        public Builder retailerOrderNumber(String value) { retailerOrderNumber = value; return this; }
        public Builder quantity(int value) { quantity = value; return this; }
        public Builder link(String value) { link = value; return this; }
        public Builder returnDeadline(LocalDate value) { returnDeadline = value; return this; }
        public Builder returnPolicy(String value) { returnPolicy = value; return this; }
        public Builder tags(Tags value) { tags = value; return this; }

        /** @throws RuleViolationException naming every field that is unreadable or breaks a rule */
        public PurchaseDetails build() {
            Violations violations = new Violations();
            violations.addAll(inputProblems);
            CurrencyCode currencyOrDefault = currency != null ? currency : defaultCurrency.get();
            Money money = violations.check(() -> new Money(price, currencyOrDefault));
            PurchaseDetails details = violations.check(() -> new PurchaseDetails(productName, money, purchaseDate, category,
                    retailerId, brandId, notes, taxDeductible, modelNumber, serialNumber, retailerOrderNumber, quantity, link,
                    returnDeadline, returnPolicy, tags));
            violations.throwIfAny();
            return details;
        }
    }
}
