package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.identity.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A user's purchase (or expense). Its date may not lie in the future: since the server does not know the
 * user's time zone, "the future" starts after today's date in the earliest zone on earth (UTC+14), so
 * nobody anywhere is refused a purchase made today.
 */
public record Purchase(PurchaseId id, UserId owner, PurchaseDetails details, Instant createdAt, Instant updatedAt) {

    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    public Purchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Purchase create(UserId owner, PurchaseDetails details, Instant now) {
        requireNotInFuture(details.purchaseDate(), now);
        return new Purchase(PurchaseId.random(), owner, details, now, now);
    }

    public Purchase changed(PurchaseDetails newDetails, Instant now) {
        requireNotInFuture(newDetails.purchaseDate(), now);
        return new Purchase(id, owner, newDetails, createdAt, now);
    }

    /** The last purchase date accepted at {@code now}. */
    public static LocalDate latestPurchaseDate(Instant now) {
        return LocalDate.ofInstant(now, EARLIEST_ZONE);
    }

    private static void requireNotInFuture(LocalDate date, Instant now) {
        if (date.isAfter(latestPurchaseDate(now))) {
            throw new RuleViolationException("purchaseDate", "Purchase date cannot be in the future");
        }
    }
}
