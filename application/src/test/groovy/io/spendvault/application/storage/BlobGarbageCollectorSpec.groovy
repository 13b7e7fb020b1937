package io.spendvault.application.storage

import io.spendvault.application.storage.port.in.GarbageCollectionCommand
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import spock.lang.Specification

import java.time.Duration

class BlobGarbageCollectorSpec extends Specification {

    def clock = new MutableClock()
    def store = new InMemoryBlobStore(clock: clock)
    def references = new SetOfBlobReferences()
    def collector = new BlobGarbageCollector(store, references, clock)
    def grace = Duration.ofHours(24)

    private BlobKey put(String text) {
        store.store(new ByteArrayInputStream(text.bytes), HashingInputStream.UNLIMITED).key()
    }

    def "old unreferenced blobs and their derived objects are deleted; referenced ones stay"() {
        given:
        def orphan = put('orphan')
        def orphanThumb = BlobKey.derived(orphan.contentHash(), 'thumbnail-64.png')
        store.storeDerived(orphanThumb, new ByteArrayInputStream('t'.bytes))
        def kept = put('kept')
        references.hashes << kept.contentHash()
        clock.advance(Duration.ofHours(25))

        when:
        def report = collector.collect(new GarbageCollectionCommand(grace, false))

        then:
        report.collected() as Set == [orphan, orphanThumb] as Set
        report.bytesCollected() == 'orphan'.length() + 1
        report.examined() == 3
        !store.exists(orphan)
        !store.exists(orphanThumb)
        store.exists(kept)
    }

    def "a blob younger than the grace period survives even when unreferenced"() {
        given:
        def fresh = put('upload in flight')
        clock.advance(Duration.ofHours(23))

        when:
        def report = collector.collect(new GarbageCollectionCommand(grace, false))

        then:
        report.collected().isEmpty()
        store.exists(fresh)
    }

    def "a dry run reports what would go and deletes nothing"() {
        given:
        def orphan = put('orphan')
        clock.advance(Duration.ofDays(2))

        when:
        def report = collector.collect(new GarbageCollectionCommand(grace, true))

        then:
        report.dryRun()
        report.collected() == [orphan]
        store.exists(orphan)
    }

    def "a grace period shorter than ten minutes is refused"() {
        when:
        new GarbageCollectionCommand(Duration.ofMinutes(9), false)

        then:
        thrown(IllegalArgumentException)
    }
}
