package io.spendvault.application.userdata

import io.spendvault.application.files.port.in.UploadFileUseCase
import io.spendvault.application.identity.port.out.PasswordHasher
import io.spendvault.application.spending.SpendingFixture
import io.spendvault.domain.files.FileId
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.Username
import io.spendvault.domain.identity.testsupport.InMemoryUserRepository
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ContentHash

import java.nio.charset.StandardCharsets
import java.security.MessageDigest

/** The export and erasure services over the spending fixture's fakes, with accounts whose password is "secret-<name>". */
class UserDataFixture {

    final spending = new SpendingFixture()
    final users = new InMemoryUserRepository()
    final PasswordHasher hasher = [hash  : { String password -> 'hash:' + password },
                                   verify: { String password, String hash -> hash == 'hash:' + password }] as PasswordHasher
    final records = new AccountRecords(users, spending.settings, spending.vendors, spending.purchases, spending.warranties,
            spending.fileRecords, spending.attachments)
    final exports = new ExportService(records, spending.blobs, spending.transactions, spending.clock)
    final erasures = new ErasureService(records, spending.files, hasher, spending.transactions)

    UserId account(String name, Role role = Role.USER) {
        def user = User.register(new Username(name), new EmailAddress("${name}@example.com"), 'hash:secret-' + name, role,
                spending.clock.instant())
        users.insert(user)
        user.id()
    }

    FileId upload(UserId owner, String text) {
        spending.files.upload(new UploadFileUseCase.UploadFileCommand(owner, 'note.txt', null,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).id().with { new FileId(it) }
    }

    boolean stored(String text) {
        def hash = ContentHash.of(MessageDigest.getInstance('SHA-256').digest(text.getBytes(StandardCharsets.UTF_8)))
        spending.blobs.open(BlobKey.content(hash)).isPresent()
    }
}
