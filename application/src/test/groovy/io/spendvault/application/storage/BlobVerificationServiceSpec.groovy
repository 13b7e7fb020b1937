package io.spendvault.application.storage

import io.spendvault.application.storage.port.in.TransferProgress
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import spock.lang.Specification

class BlobVerificationServiceSpec extends Specification {

    def store = new InMemoryBlobStore()
    def references = new SetOfBlobReferences()
    def verification = new BlobVerificationService(store, references, new MutableClock())

    private BlobKey put(String text) {
        store.store(new ByteArrayInputStream(text.bytes), HashingInputStream.UNLIMITED).key()
    }

    def "an intact store is healthy"() {
        given:
        references.hashes << put('one').contentHash() << put('two').contentHash()

        when:
        def report = verification.verify(TransferProgress.Listener.NONE)

        then:
        report.healthy()
        report.checked() == 2
        report.bytesChecked() == 6
    }

    def "a blob whose bytes changed is reported as corrupted"() {
        given:
        def intact = put('intact')
        def rotten = put('will rot')
        store.corrupt(rotten, 'has rotted'.bytes)

        when:
        def report = verification.verify(TransferProgress.Listener.NONE)

        then:
        !report.healthy()
        report.corrupted() == [rotten]
        !report.corrupted().contains(intact)
    }

    def "a referenced blob that the store lost is reported as missing"() {
        given:
        def lost = new ContentHash('ab' * 32)
        references.hashes << lost << put('present').contentHash()

        when:
        def report = verification.verify(TransferProgress.Listener.NONE)

        then:
        report.missing() == [lost]
        report.corrupted().isEmpty()
    }

    def "derived objects are not mistaken for corrupt content"() {
        given:
        def image = put('image')
        store.storeDerived(BlobKey.derived(image.contentHash(), 'thumbnail-64.png'), new ByteArrayInputStream('png'.bytes))

        expect:
        verification.verify(TransferProgress.Listener.NONE).healthy()
    }
}
