package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.application.files.port.in.UploadFileUseCase;
import io.spendvault.application.spending.AttachmentService;
import io.spendvault.application.spending.PurchaseService;
import io.spendvault.application.spending.VendorService;
import io.spendvault.application.spending.WarrantyService;
import io.spendvault.domain.settings.port.SettingsRepository;
import io.spendvault.domain.spending.port.AttachmentRepository;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.VendorRepository;
import io.spendvault.domain.spending.port.WarrantyRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the spending use cases. */
@Factory
class SpendingFactory {

    @Singleton
    VendorService vendorService(VendorRepository vendors, PurchaseRepository purchases, Transactions transactions, Clock clock) {
        return new VendorService(vendors, purchases, transactions, clock);
    }

    @Singleton
    PurchaseService purchaseService(PurchaseRepository purchases, VendorRepository vendors, WarrantyRepository warranties,
                                    AttachmentRepository attachments, SettingsRepository settings, ManageFilesUseCase files,
                                    Transactions transactions, Clock clock) {
        return new PurchaseService(purchases, vendors, warranties, attachments, settings, files, transactions, clock);
    }

    @Singleton
    WarrantyService warrantyService(WarrantyRepository warranties, PurchaseRepository purchases, Transactions transactions,
                                    Clock clock) {
        return new WarrantyService(warranties, purchases, transactions, clock);
    }

    @Singleton
    AttachmentService attachmentService(AttachmentRepository attachments, PurchaseRepository purchases, UploadFileUseCase uploads,
                                        ManageFilesUseCase files, Transactions transactions, Clock clock) {
        return new AttachmentService(attachments, purchases, uploads, files, transactions, clock);
    }
}
