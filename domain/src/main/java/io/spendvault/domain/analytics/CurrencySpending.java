package io.spendvault.domain.analytics;

import io.spendvault.domain.settings.CurrencyCode;

import java.math.BigDecimal;

/** Spending in a currency other than the one asked for, so a client can say it exists and offer a switch. */
public record CurrencySpending(CurrencyCode currency, long itemCount, BigDecimal totalSpent) {
}
