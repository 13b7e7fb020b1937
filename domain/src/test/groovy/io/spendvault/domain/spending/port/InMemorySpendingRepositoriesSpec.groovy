package io.spendvault.domain.spending.port

import io.spendvault.domain.files.FileId
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.testsupport.InMemoryAttachmentRepository
import io.spendvault.domain.spending.testsupport.InMemoryPurchaseRepository
import io.spendvault.domain.spending.testsupport.InMemoryVendorRepository
import io.spendvault.domain.spending.testsupport.InMemoryWarrantyRepository

class InMemorySpendingRepositoriesSpec extends SpendingRepositoriesContract {

    @Override
    Repositories createRepositories() {
        def vendors = new InMemoryVendorRepository()
        def warranties = new InMemoryWarrantyRepository()
        def attachments = new InMemoryAttachmentRepository()
        new Repositories(purchases: new InMemoryPurchaseRepository(vendors, warranties, attachments), warranties: warranties,
                attachments: attachments, vendors: vendors)
    }

    @Override
    UserId existingUser() { UserId.random() }

    @Override
    FileId existingFile(UserId owner) { FileId.random() }
}
