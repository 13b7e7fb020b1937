package io.spendvault.domain.analytics;

import java.math.BigDecimal;

/**
 * Spending of one group of purchases (a category, a retailer or brand, a product): its key (an id, or null
 * for the purchases without one), the name shown for it (null likewise), the number of purchases in every
 * currency, the total spent and the average unit price in the scope's currency (average null without any).
 */
public record GroupSpending(String key, String name, long count, BigDecimal total, BigDecimal averagePrice) {
}
