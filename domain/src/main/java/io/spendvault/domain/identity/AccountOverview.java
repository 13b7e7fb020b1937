package io.spendvault.domain.identity;

import java.util.Objects;

/** An account with what it holds, as administrators see it in their list. */
public record AccountOverview(User user, long totalUploads, long totalStorageUsed, long totalPurchases) {

    public AccountOverview {
        Objects.requireNonNull(user, "user");
    }
}
