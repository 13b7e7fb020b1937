package io.spendvault.domain.admin;

/**
 * What the server holds, counted in the database at one moment. {@code storedBytes} is each distinct
 * content once (uploads are deduplicated); quotas are the sum of the accounts' own quotas plus the number
 * of accounts on the server default, which only the application knows.
 */
public record SystemCounts(Users users, Files files, Storage storage, long purchases) {

    public record Users(long total, long active, long admins, long newThisMonth) {
    }

    public record Files(long total, long totalSize, long uploadsThisMonth) {
    }

    public record Storage(long logicalBytes, long storedBytes, long ownQuotaBytes, long accountsOnDefaultQuota) {
    }
}
