package io.spendvault.adapters.persistence.spending

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.files.PostgresFileRepository
import io.spendvault.adapters.persistence.identity.IdentityTables
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.files.FileId
import io.spendvault.domain.files.StoredFile
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.port.SpendingRepositoriesContract
import io.spendvault.domain.storage.ContentHash
import jakarta.inject.Inject

/** The spending repositories contract on PostgreSQL. */
@MicronautTest(transactional = false)
class PostgresSpendingRepositoriesSpec extends SpendingRepositoriesContract implements TestPropertyProvider {

    @Inject PostgresPurchaseRepository purchases
    @Inject PostgresWarrantyRepository warranties
    @Inject PostgresAttachmentRepository attachments
    @Inject PostgresVendorRepository vendors
    @Inject PostgresFileRepository files
    @Inject PostgresUserRepository users

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    Repositories createRepositories() {
        IdentityTables.clear()
        new Repositories(purchases: purchases, warranties: warranties, attachments: attachments, vendors: vendors)
    }

    @Override
    UserId existingUser() {
        TestUsers.insertOne(users)
    }

    @Override
    FileId existingFile(UserId owner) {
        def file = new StoredFile(FileId.random(), owner, 'f.txt', 'f.txt', 'text/plain', 1, new ContentHash('cd' * 32), null, NOW, NOW)
        files.insert(file)
        file.id()
    }
}
