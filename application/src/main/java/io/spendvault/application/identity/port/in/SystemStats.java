package io.spendvault.application.identity.port.in;

import io.spendvault.domain.admin.SystemCounts;

import java.math.BigDecimal;

/**
 * The server at a glance. {@code quotaTotal} is every account's quota (its own or the default) added up;
 * {@code usagePercentage} is the uploaded bytes' share of it, with one decimal.
 */
public record SystemStats(SystemCounts.Users users, SystemCounts.Files files, Storage storage, long purchases) {

    public record Storage(long logicalBytes, long storedBytes, long dedupSavingsBytes, long quotaTotal,
                          BigDecimal usagePercentage) {
    }
}
