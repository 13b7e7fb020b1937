package io.spendvault.domain.files.port

import io.spendvault.domain.files.testsupport.InMemoryFileRepository
import io.spendvault.domain.identity.UserId

class InMemoryFileRepositorySpec extends FileRepositoryContract {

    @Override
    FileRepository createRepository() { new InMemoryFileRepository() }

    @Override
    UserId existingUser() { UserId.random() }
}
