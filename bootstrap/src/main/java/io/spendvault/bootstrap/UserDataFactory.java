package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.application.files.port.in.UploadFileUseCase;
import io.spendvault.application.identity.port.out.PasswordHasher;
import io.spendvault.application.userdata.AccountRecords;
import io.spendvault.application.userdata.ErasureService;
import io.spendvault.application.userdata.ExportService;
import io.spendvault.application.userdata.ImportService;
import io.spendvault.domain.files.port.FileRepository;
import io.spendvault.domain.identity.port.UserRepository;
import io.spendvault.domain.settings.port.SettingsRepository;
import io.spendvault.domain.spending.port.AttachmentRepository;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.VendorRepository;
import io.spendvault.domain.spending.port.WarrantyRepository;
import io.spendvault.domain.storage.port.BlobStore;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the use cases of a user's data as a whole: export, import and erasure. */
@Factory
class UserDataFactory {

    @Singleton
    AccountRecords accountRecords(UserRepository users, SettingsRepository settings, VendorRepository vendors,
                                  PurchaseRepository purchases, WarrantyRepository warranties, FileRepository files,
                                  AttachmentRepository attachments) {
        return new AccountRecords(users, settings, vendors, purchases, warranties, files, attachments);
    }

    @Singleton
    ExportService exportService(AccountRecords records, BlobStore blobs, Transactions transactions, Clock clock) {
        return new ExportService(records, blobs, transactions, clock);
    }

    @Singleton
    ImportService importService(AccountRecords records, UploadFileUseCase uploads, Transactions transactions, Clock clock) {
        return new ImportService(records, uploads, transactions, clock);
    }

    @Singleton
    ErasureService erasureService(AccountRecords records, ManageFilesUseCase files, PasswordHasher hasher,
                                  Transactions transactions) {
        return new ErasureService(records, files, hasher, transactions);
    }
}
