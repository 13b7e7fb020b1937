package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.settings.CurrencyCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a user records about a purchase. A simple expense is a purchase with only name, price, date and
 * category. Each field is checked here; blank optional texts become null.
 */
public record PurchaseDetails(
        String productName,
        Money price,
        LocalDate purchaseDate,
        String category,
        UUID retailerId,
        UUID brandId,
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
        productName = Texts.required("product_name", "Product name", productName, MAX_PRODUCT_NAME);
        Objects.requireNonNull(price, "price");
        if (purchaseDate == null) {
            throw new RuleViolationException("purchase_date", "Purchase date is required");
        }
        category = Texts.optional("category", "Category", category, MAX_CATEGORY);
        notes = Texts.optional("notes", "Notes", notes, MAX_NOTES);
        modelNumber = Texts.optional("model_number", "Model number", modelNumber, MAX_REFERENCE_NUMBER);
        serialNumber = Texts.optional("serial_number", "Serial number", serialNumber, MAX_REFERENCE_NUMBER);
        retailerOrderNumber = Texts.optional("retailer_order_number", "Retailer order number", retailerOrderNumber,
                MAX_REFERENCE_NUMBER);
        if (quantity < 1) {
            throw new RuleViolationException("quantity", "Quantity must be at least 1");
        }
        link = WebAddress.check("link", link, MAX_LINK);
        if (returnDeadline != null && returnDeadline.isBefore(purchaseDate)) {
            throw new RuleViolationException("return_deadline", "Return deadline cannot be before the purchase date");
        }
        returnPolicy = Texts.optional("return_policy", "Return policy", returnPolicy, MAX_RETURN_POLICY);
        tags = tags == null ? Tags.NONE : tags;
    }

    public static Builder builder(CurrencyCode currency) {
        return new Builder().currency(currency);
    }

    /** A builder holding these details, to change some of them. */
    public Builder toBuilder() {
        return new Builder().productName(productName).price(price.amount()).currency(price.currency())
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
        private UUID retailerId;
        private UUID brandId;
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

        private Builder() {
        }

        public Builder productName(String value) { productName = value; return this; }
        public Builder price(BigDecimal value) { price = value; return this; }
        public Builder currency(CurrencyCode value) { currency = Objects.requireNonNull(value, "currency"); return this; }
        public Builder purchaseDate(LocalDate value) { purchaseDate = value; return this; }
        public Builder category(String value) { category = value; return this; }
        public Builder retailerId(UUID value) { retailerId = value; return this; }
        public Builder brandId(UUID value) { brandId = value; return this; }
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

        public PurchaseDetails build() {
            return new PurchaseDetails(productName, new Money(price, currency), purchaseDate, category, retailerId, brandId,
                    notes, taxDeductible, modelNumber, serialNumber, retailerOrderNumber, quantity, link, returnDeadline,
                    returnPolicy, tags);
        }
    }
}
