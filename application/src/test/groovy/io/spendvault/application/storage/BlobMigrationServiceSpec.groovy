package io.spendvault.application.storage

import io.spendvault.application.storage.port.in.TransferProgress
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.BlobStorageException
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import spock.lang.Specification

import java.time.Duration
import java.util.stream.Collectors

class BlobMigrationServiceSpec extends Specification {

    def clock = new MutableClock()
    def source = new InMemoryBlobStore()
    def target = new InMemoryBlobStore()
    def migration = new BlobMigrationService(source, clock)

    private BlobKey put(InMemoryBlobStore store, String text) {
        store.store(new ByteArrayInputStream(text.bytes), HashingInputStream.UNLIMITED).key()
    }

    private static Map<String, String> contents(InMemoryBlobStore store) {
        store.list().withCloseable { blobs ->
            blobs.collect(Collectors.toMap({ it.key().value() }, { new String(store.open(it.key()).get().readAllBytes()) }))
        }
    }

    def "every content and derived blob arrives in the target intact"() {
        given:
        def receipt = put(source, 'receipt')
        put(source, 'manual')
        source.storeDerived(BlobKey.derived(receipt.contentHash(), 'thumbnail-64.png'), new ByteArrayInputStream('thumb'.bytes))

        when:
        def report = migration.migrate(target, TransferProgress.Listener.NONE)

        then:
        report.succeeded()
        report.copied() == 3
        report.skipped() == 0
        report.bytesCopied() == 'receipt'.length() + 'manual'.length() + 'thumb'.length()
        contents(target) == contents(source)
    }

    def "a second run copies nothing and skips everything"() {
        given:
        put(source, 'a'); put(source, 'b')
        migration.migrate(target, TransferProgress.Listener.NONE)

        when:
        def again = migration.migrate(target, TransferProgress.Listener.NONE)

        then:
        again.copied() == 0
        again.skipped() == 2
        again.succeeded()
    }

    def "a run that stopped half-way resumes with what is missing"() {
        given:
        def done = put(source, 'already copied')
        put(source, 'not yet copied')
        put(target, 'already copied')

        when:
        def report = migration.migrate(target, TransferProgress.Listener.NONE)

        then:
        report.skipped() == 1
        report.copied() == 1
        contents(target) == contents(source)
        target.exists(done)
    }

    def "a blob whose bytes no longer match its hash is reported and not copied"() {
        given:
        def good = put(source, 'good')
        def bad = put(source, 'original bytes')
        source.corrupt(bad, 'flipped bits!!'.bytes)

        when:
        def report = migration.migrate(target, TransferProgress.Listener.NONE)

        then:
        !report.succeeded()
        report.failures()*.key() == [bad]
        report.failures()[0].reason().startsWith('corrupted in the source')
        contents(target).keySet() == [good.value()] as Set
    }

    def "progress counts blobs and bytes against the totals"() {
        given:
        put(source, '12345'); put(source, '1234567890')
        def seen = []

        when:
        migration.migrate(target, { seen << it; clock.advance(Duration.ofSeconds(1)) } as TransferProgress.Listener)

        then:
        seen*.done() == [1, 2]
        seen*.total() == [2, 2]
        seen.last().bytesDone() == 15
        seen.last().bytesTotal() == 15
        seen.last().eta() == Optional.of(Duration.ZERO)
    }

    def "a failing target stops the run with the storage exception, to be resumed later"() {
        given:
        put(source, 'x')
        target.failing = true

        when:
        migration.migrate(target, TransferProgress.Listener.NONE)

        then:
        thrown(BlobStorageException)
    }

    def "rate and ETA follow from the bytes done so far"() {
        given:
        def progress = new TransferProgress(1, 4, 100, 400, Duration.ofSeconds(10))

        expect:
        progress.bytesPerSecond() == 10d
        progress.eta() == Optional.of(Duration.ofSeconds(30))
        new TransferProgress(0, 4, 0, 400, Duration.ZERO).eta().isEmpty()
    }
}
