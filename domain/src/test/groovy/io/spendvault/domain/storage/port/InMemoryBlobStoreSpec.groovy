package io.spendvault.domain.storage.port

import io.spendvault.domain.storage.BlobStorageException
import io.spendvault.domain.storage.DownloadLink
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore

/** The fake used by application specs behaves like the real stores. */
class InMemoryBlobStoreSpec extends BlobStoreContract {

    @Override
    BlobStore createStore() {
        new InMemoryBlobStore()
    }

    @Override
    byte[] follow(DownloadLink link) {
        (store as InMemoryBlobStore).follow(link)
    }

    def "a failing fake reports the port's storage exception"() {
        given:
        (store as InMemoryBlobStore).failing = true

        when:
        store.store(new ByteArrayInputStream('x'.bytes), UNLIMITED)

        then:
        thrown(BlobStorageException)
    }
}
