package io.spendvault.domain.notification;

import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One date a user asked to be reminded of: the warranty (or purchase, for a return) {@code itemId} ends on
 * {@code dueDate}, and {@code daysBefore} is the user's reminder setting it was found for. {@code spent} is
 * what the purchase cost (price × quantity).
 */
public record DueReminder(UserId user, ReminderKind kind, UUID itemId, UUID purchaseId, String productName,
                          LocalDate dueDate, int daysBefore, BigDecimal spent, CurrencyCode currency) {

    public DueReminder {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(currency, "currency");
    }
}
