package io.spendvault.application.spending

import io.spendvault.application.common.port.out.Transactions
import io.spendvault.application.files.FileService
import io.spendvault.application.files.FileSettings
import io.spendvault.application.files.port.out.ContentTypeDetector
import io.spendvault.application.files.port.out.ThumbnailRenderer
import io.spendvault.application.spending.port.in.PurchaseEdit
import io.spendvault.application.storage.MutableClock
import io.spendvault.domain.files.testsupport.InMemoryFileRepository
import io.spendvault.domain.files.testsupport.InMemoryThumbnailJobs
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.port.SettingsRepository
import io.spendvault.domain.settings.testsupport.InMemorySettingsRepository
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.PurchaseOverview
import io.spendvault.domain.spending.testsupport.InMemoryAttachmentRepository
import io.spendvault.domain.spending.testsupport.InMemoryPurchaseRepository
import io.spendvault.domain.spending.testsupport.InMemoryVendorRepository
import io.spendvault.domain.spending.testsupport.InMemoryWarrantyRepository
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore

import java.time.LocalDate
import java.util.function.Supplier

/** The spending services on in-memory fakes of their ports, with a real FileService underneath attachments. */
class SpendingFixture {

    final clock = new MutableClock()
    final vendors = new InMemoryVendorRepository()
    final warranties = new InMemoryWarrantyRepository()
    final attachments = new InMemoryAttachmentRepository()
    final purchases = new InMemoryPurchaseRepository(vendors, warranties, attachments)
    final SettingsRepository settings = new InMemorySettingsRepository()
    final Transactions transactions = new Transactions() {
        @Override
        <T> T inTransaction(Supplier<T> work) { work.get() }
    }

    final fileRecords = new InMemoryFileRepository()
    final blobs = new InMemoryBlobStore(clock: clock)
    final files = new FileService(fileRecords, blobs, { InputStream head, String name -> 'text/plain' } as ContentTypeDetector,
            new InMemoryThumbnailJobs(), new ThumbnailRenderer() {
        boolean supports(String type) { false }
        void render(InputStream image, int width, OutputStream png) {}
    }, transactions, new FileSettings(10_000, 100_000, FileSettings.DEFAULT_ALLOWED_TYPES),
            new io.spendvault.domain.identity.testsupport.InMemoryUserRepository(), clock)

    final purchaseService = new PurchaseService(purchases, vendors, warranties, attachments, settings, files, transactions, clock)
    final warrantyService = new WarrantyService(warranties, purchases, transactions, clock)
    final attachmentService = new AttachmentService(attachments, purchases, files, files, transactions, clock)
    final vendorService = new VendorService(vendors, purchases, transactions, clock)

    LocalDate today() { LocalDate.now(clock) }

    PurchaseOverview purchase(UserId owner, Closure<?> fields = {}) {
        purchaseService.create(owner, PurchaseEdit.of { PurchaseDetails.Builder builder ->
            builder.productName('Kettle').price(25.0).purchaseDate(LocalDate.parse('2024-03-01'))
            fields(builder)
        })
    }
}
