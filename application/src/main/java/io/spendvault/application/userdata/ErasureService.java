package io.spendvault.application.userdata;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.application.identity.port.out.PasswordHasher;
import io.spendvault.application.userdata.port.in.EraseDataUseCase;
import io.spendvault.application.userdata.port.in.ErasureReport;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.InvalidRequestException;
import io.spendvault.domain.common.UnauthenticatedException;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.storage.ContentHash;

import java.util.List;

/**
 * Resets and deletes accounts. All rows go in one transaction; contents are freed after it committed,
 * each only when no other record refers to it, as for a single file (blobs last, never a dangling row).
 */
public class ErasureService implements EraseDataUseCase {

    private final AccountRecords records;
    private final ManageFilesUseCase files;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public ErasureService(AccountRecords records, ManageFilesUseCase files, PasswordHasher hasher,
                          Transactions transactions) {
        this.records = records;
        this.files = files;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    @Override
    public ErasureReport resetAll(UserId user, String password) {
        requirePassword(user, password);
        return freeContents(transactions.inTransaction(() -> eraseRecords(user)));
    }

    @Override
    public ErasureReport deleteAccount(UserId user, String password) {
        requirePassword(user, password);
        return freeContents(transactions.inTransaction(() -> {
            // Administrators first, then the account: the order every administration takes its locks in.
            int activeAdmins = records.users().lockActiveAdmins();
            User account = records.users().lockById(user).orElseThrow(ErasureService::gone);
            if (account.isAdmin() && account.active() && activeAdmins <= 1) {
                throw new ConflictException("LAST_ADMIN", "The last active administrator cannot delete their account");
            }
            ErasedRecords erased = eraseRecords(user);
            records.users().delete(user); // its sessions go with it: every token stops working at once
            return erased;
        }));
    }

    private void requirePassword(UserId user, String password) {
        User account = records.users().findById(user).orElseThrow(ErasureService::gone);
        // Hashing takes tens of milliseconds and needs no database: outside the transaction.
        if (password == null || !hasher.verify(password, account.passwordHash())) {
            throw new InvalidRequestException("PASSWORD_INCORRECT", "Password is incorrect");
        }
    }

    /**
     * Deletes the rows. The contents' locks are not taken here: one per content of a large library would
     * overflow the lock table, and the second step takes each under its lock before it counts references.
     */
    private ErasedRecords eraseRecords(UserId user) {
        long warranties = records.warranties().deleteAllOf(user);
        long purchases = records.purchases().deleteAllOf(user);
        long retailers = records.vendors().deleteAllOf(VendorKind.RETAILER, user);
        long brands = records.vendors().deleteAllOf(VendorKind.BRAND, user);
        List<ContentHash> hashes = records.files().deleteAllOf(user);
        records.settings().delete(user);
        return new ErasedRecords(purchases, warranties, retailers, brands, hashes);
    }

    private ErasureReport freeContents(ErasedRecords erased) {
        int freed = files.releaseUnreferenced(erased.hashes());
        return new ErasureReport(erased.purchases(), erased.warranties(), erased.retailers(), erased.brands(),
                erased.hashes().size(), freed);
    }

    private static UnauthenticatedException gone() {
        return new UnauthenticatedException("UNAUTHORIZED", "The account no longer exists");
    }

    private record ErasedRecords(long purchases, long warranties, long retailers, long brands, List<ContentHash> hashes) {
    }
}
