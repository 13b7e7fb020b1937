package io.spendvault.domain.analytics;

import io.spendvault.domain.spending.PurchaseId;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tax-deductible purchase as a tax return lists it: what, when, where (the retailer's name, null without
 * one), the unit price and {@code spent} (price × quantity) in the report's currency, and how many files
 * (receipts) are attached to it.
 */
public record DeductiblePurchase(PurchaseId id, LocalDate purchaseDate, String productName, String category, String retailerName,
                                 int quantity, BigDecimal price, BigDecimal spent, long attachmentCount) {
}
