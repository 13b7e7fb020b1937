package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a page of purchases continues for clients that scroll ({@code after=}): the sort order, the last
 * purchase's sort key and its id. Reading on from a key instead of skipping rows keeps every page as cheap
 * as the first, and a purchase added or deleted meanwhile neither repeats nor hides another. A cursor is an
 * opaque token to clients; it only ever narrows the caller's own purchases, so it needs no signature.
 *
 * @param key the sort key as the list orders by it: a {@link LocalDate}, a {@link BigDecimal}, an
 *            {@link Instant} or the product name (compared ignoring case)
 */
public record PurchaseCursor(PurchaseQuery.SortBy by, Comparable<?> key, PurchaseId id) {

    private static final String FIELD = "after";
    private static final String SEPARATOR = "\n";

    public PurchaseCursor {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        if (by == PurchaseQuery.SortBy.RETURN_DEADLINE) {
            throw unavailable(by);
        }
    }

    /** The cursor right after {@code purchase} in the order {@code by}. */
    public static PurchaseCursor after(Purchase purchase, PurchaseQuery.SortBy by) {
        PurchaseDetails details = purchase.details();
        Comparable<?> key = switch (by) {
            case PURCHASE_DATE -> details.purchaseDate();
            case PRICE -> details.price().amount();
            case PRODUCT_NAME -> details.productName();
            case CREATED_AT -> purchase.createdAt();
            case SPENT -> details.price().amount().multiply(BigDecimal.valueOf(details.quantity()));
            case RETURN_DEADLINE -> throw unavailable(by);
        };
        return new PurchaseCursor(by, key, purchase.id());
    }

    /** Whether pages in the order {@code by} can continue from a cursor. */
    public static boolean available(PurchaseQuery.SortBy by) {
        return by != PurchaseQuery.SortBy.RETURN_DEADLINE;
    }

    /** The opaque token a client sends back as {@code after}. */
    public String token() {
        String written = key instanceof BigDecimal number ? number.toPlainString() : key.toString();
        // the key last: a product name may contain anything, the separator too
        String plain = by.name() + SEPARATOR + id.value() + SEPARATOR + written;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws RuleViolationException on {@code after} for anything that is not a token this class made */
    public static PurchaseCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(SEPARATOR, 3);
            if (parts.length != 3) {
                throw malformed();
            }
            PurchaseQuery.SortBy by = PurchaseQuery.SortBy.valueOf(parts[0]);
            Comparable<?> key = switch (by) {
                case PURCHASE_DATE -> LocalDate.parse(parts[2]);
                case PRICE, SPENT -> new BigDecimal(parts[2]);
                case PRODUCT_NAME -> parts[2];
                case CREATED_AT -> Instant.parse(parts[2]);
                case RETURN_DEADLINE -> throw unavailable(by);
            };
            return new PurchaseCursor(by, key, new PurchaseId(UUID.fromString(parts[1])));
        } catch (RuleViolationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw malformed();
        }
    }

    private static RuleViolationException malformed() {
        return new RuleViolationException(FIELD, "after must be a cursor from a previous page (next_after)");
    }

    private static RuleViolationException unavailable(PurchaseQuery.SortBy by) {
        return new RuleViolationException(FIELD, "after cannot be used when sorting by " + by.name().toLowerCase());
    }
}
