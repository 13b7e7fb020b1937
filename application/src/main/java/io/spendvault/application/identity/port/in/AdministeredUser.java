package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.AccountOverview;

/** An account in the administrators' view: its own quota ({@code null}: the default) and what it holds. */
public record AdministeredUser(UserView user, Long storageQuota, long totalUploads, long totalStorageUsed,
                               long totalPurchases) {

    public static AdministeredUser of(AccountOverview overview) {
        return new AdministeredUser(UserView.of(overview.user()), overview.user().storageQuota(), overview.totalUploads(),
                overview.totalStorageUsed(), overview.totalPurchases());
    }
}
