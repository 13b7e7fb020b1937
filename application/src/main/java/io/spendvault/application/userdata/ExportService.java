package io.spendvault.application.userdata;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.userdata.port.in.AccountData;
import io.spendvault.application.userdata.port.in.ExportDataUseCase;
import io.spendvault.application.userdata.port.in.ExportHeader;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.UnauthenticatedException;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.UserSettings;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.spending.WarrantyOverview;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.port.BlobStore;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/** Exports run in one read-only snapshot, so the records of every table agree with each other. */
public class ExportService implements ExportDataUseCase {

    private final AccountRecords records;
    private final BlobStore blobs;
    private final Transactions transactions;
    private final Clock clock;

    public ExportService(AccountRecords records, BlobStore blobs, Transactions transactions, Clock clock) {
        this.records = records;
        this.blobs = blobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ExportHeader header(UserId user) {
        User account = records.users().findById(user)
                .orElseThrow(() -> new UnauthenticatedException("UNAUTHORIZED", "The account no longer exists"));
        UserSettings settings = records.settings().find(user).orElseGet(() -> UserSettings.defaults(user));
        Instant now = clock.instant();
        return new ExportHeader(account.username().value(), account.email().value(), settings, now,
                LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    @Override
    public void export(UserId user, Consumer<AccountData> writer) {
        transactions.inReadOnlySnapshot(() -> {
            writer.accept(new Snapshot(user, header(user)));
            return null;
        });
    }

    /** The account's records as the snapshot shows them. */
    private final class Snapshot implements AccountData {

        private final UserId user;
        private final ExportHeader header;

        Snapshot(UserId user, ExportHeader header) {
            this.user = user;
            this.header = header;
        }

        @Override
        public ExportHeader header() {
            return header;
        }

        @Override
        public void retailers(Consumer<Vendor> each) {
            records.vendors().forEachOf(VendorKind.RETAILER, user, each);
        }

        @Override
        public void brands(Consumer<Vendor> each) {
            records.vendors().forEachOf(VendorKind.BRAND, user, each);
        }

        @Override
        public void purchases(Consumer<PurchaseOverview> each) {
            records.purchases().forEachOf(user, header.today(), each);
        }

        @Override
        public void warranties(Consumer<WarrantyOverview> each) {
            records.warranties().forEachOf(user, header.today(), each);
        }

        @Override
        public void files(Consumer<StoredFile> each) {
            records.files().forEachOf(user, each);
        }

        @Override
        public void attachments(Consumer<Attachment> each) {
            records.attachments().forEachOf(user, each);
        }

        @Override
        public InputStream content(StoredFile file) {
            if (!file.owner().equals(user)) {
                throw new ResourceNotFoundException("File not found");
            }
            return blobs.open(BlobKey.content(file.hash()))
                    .orElseThrow(() -> new ResourceNotFoundException("The content of file " + file.id().value() + " is missing"));
        }
    }
}
