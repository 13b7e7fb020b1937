package io.spendvault.domain.storage.port

import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.BlobTooLargeException
import io.spendvault.domain.storage.ByteRange
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.DownloadLink
import io.spendvault.domain.storage.DownloadLinkRequest
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.GeneratedContent
import spock.lang.Specification

import java.security.MessageDigest
import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.stream.Collectors

/**
 * The behaviour every {@link BlobStore} must have: the in-memory fake, the filesystem store and the S3
 * store each extend this spec. Each feature starts with an empty store.
 */
abstract class BlobStoreContract extends Specification {

    static final long UNLIMITED = HashingInputStream.UNLIMITED

    BlobStore store

    /** A new, empty store for one feature. */
    abstract BlobStore createStore()

    /** Downloads a link as a client would; {@code null} when the link is refused (expired, tampered). */
    abstract byte[] follow(DownloadLink link)

    def setup() {
        store = createStore()
    }

    protected static ContentHash sha256(byte[] bytes) {
        ContentHash.of(MessageDigest.getInstance('SHA-256').digest(bytes))
    }

    protected StoredBlobFixture put(String text) {
        def bytes = text.getBytes('UTF-8')
        new StoredBlobFixture(store.store(new ByteArrayInputStream(bytes), UNLIMITED), bytes)
    }

    static class StoredBlobFixture {
        final io.spendvault.domain.storage.StoredBlob stored
        final byte[] bytes

        StoredBlobFixture(io.spendvault.domain.storage.StoredBlob stored, byte[] bytes) {
            this.stored = stored
            this.bytes = bytes
        }

        BlobKey getKey() {
            stored.key()
        }
    }

    protected byte[] read(BlobKey key) {
        store.open(key).orElseThrow().withCloseable { it.readAllBytes() }
    }

    protected Set<String> listedKeys() {
        store.list().withCloseable { it.map { it.key().value() }.collect(Collectors.toSet()) }
    }

    def "stored content is addressed by its SHA-256 and reports its size"() {
        given:
        def bytes = 'a receipt from the hardware store'.getBytes('UTF-8')

        when:
        def stored = store.store(new ByteArrayInputStream(bytes), UNLIMITED)

        then:
        stored.hash() == sha256(bytes)
        stored.size() == bytes.length
        stored.newlyStored()
        stored.key().value() == "${stored.hash().hex()[0..1]}/${stored.hash().hex()[2..3]}/${stored.hash().hex()}"
        read(stored.key()) == bytes
    }

    def "storing identical content again keeps one copy"() {
        given:
        def first = put('the same manual twice')

        when:
        def second = put('the same manual twice')

        then:
        !second.stored.newlyStored()
        second.key == first.key
        listedKeys() == [first.key.value()] as Set
        read(first.key) == first.bytes
    }

    def "empty content is stored like any other"() {
        when:
        def stored = store.store(new ByteArrayInputStream(new byte[0]), UNLIMITED)

        then:
        stored.hash() == sha256(new byte[0])
        stored.size() == 0
        store.size(stored.key()) == Optional.of(0L)
        read(stored.key()).length == 0
    }

    def "a range of bytes #first-#last reads exactly those bytes"() {
        given:
        def blob = put('0123456789abcdef')

        when:
        def bytes = store.open(blob.key, new ByteRange(first, last)).orElseThrow().withCloseable { it.readAllBytes() }

        then:
        new String(bytes, 'UTF-8') == expected

        where:
        first | last | expected
        0     | 0    | '0'
        0     | 15   | '0123456789abcdef'
        10    | 15   | 'abcdef'
        3     | 6    | '3456'
    }

    def "an absent blob is empty, not an error"() {
        given:
        def absent = BlobKey.content(sha256('never stored'.bytes))

        expect:
        store.open(absent).isEmpty()
        store.open(absent, new ByteRange(0, 10)).isEmpty()
        store.size(absent).isEmpty()
        !store.exists(absent)
        !store.delete(absent)
    }

    def "size and exists describe a stored blob"() {
        given:
        def blob = put('twelve bytes')

        expect:
        store.size(blob.key) == Optional.of(12L)
        store.exists(blob.key)
    }

    def "a deleted blob is gone"() {
        given:
        def blob = put('to be deleted')
        def kept = put('to be kept')

        when:
        def deleted = store.delete(blob.key)

        then:
        deleted
        !store.exists(blob.key)
        store.open(blob.key).isEmpty()
        listedKeys() == [kept.key.value()] as Set

        and: 'deleting again finds nothing'
        !store.delete(blob.key)
    }

    def "the listing shows every content and derived blob with its size"() {
        given:
        def a = put('first')
        def b = put('second blob')
        def thumbnail = BlobKey.derived(a.stored.hash(), 'thumbnail-64.png')
        store.storeDerived(thumbnail, new ByteArrayInputStream('png'.bytes))

        when:
        def listed = store.list().withCloseable { it.collect(Collectors.toList()) }

        then:
        listed*.key()*.value() as Set == [a.key.value(), b.key.value(), thumbnail.value()] as Set
        listed.find { it.key() == b.key }.size() == 11
        listed.every { it.lastModified() != null }
    }

    def "a derived object is stored, read and replaced under its own key"() {
        given:
        def source = put('an image')
        def key = BlobKey.derived(source.stored.hash(), 'thumbnail-64.png')

        when:
        store.storeDerived(key, new ByteArrayInputStream('small'.bytes))
        store.storeDerived(key, new ByteArrayInputStream('smaller'.bytes))

        then:
        new String(read(key)) == 'smaller'
        store.size(key) == Optional.of(7L)
        read(source.key) == source.bytes
    }

    def "staged content is hashed but not under its key until it is committed"() {
        given:
        def bytes = 'staged, not yet placed'.getBytes('UTF-8')

        when:
        def staged = store.stage(new ByteArrayInputStream(bytes), UNLIMITED)

        then:
        staged.hash() == sha256(bytes)
        staged.size() == bytes.length
        !store.exists(staged.key())
        listedKeys().isEmpty()

        when:
        def stored = store.commit(staged)
        store.discard(staged)

        then: 'placed; a discard after the commit changes nothing'
        stored.newlyStored()
        stored.key() == staged.key()
        read(stored.key()) == bytes
    }

    def "a discarded stage leaves nothing, and committing content that is there keeps one copy"() {
        given:
        def bytes = 'the same receipt twice'.getBytes('UTF-8')
        def existing = store.store(new ByteArrayInputStream(bytes), UNLIMITED)

        when:
        def dropped = store.stage(new ByteArrayInputStream('never placed'.getBytes('UTF-8')), UNLIMITED)
        store.discard(dropped)
        store.discard(dropped)
        def again = store.commit(store.stage(new ByteArrayInputStream(bytes), UNLIMITED))

        then:
        !store.exists(dropped.key())
        !again.newlyStored()
        listedKeys() == [existing.key().value()] as Set
        read(existing.key()) == bytes
    }

    def "content over the size limit is refused and leaves nothing behind"() {
        when:
        store.store(new GeneratedContent(10_001), 10_000)

        then:
        def failure = thrown(BlobTooLargeException)
        failure.limitBytes() == 10_000
        listedKeys().isEmpty()
    }

    def "content of exactly the size limit is accepted"() {
        when:
        def stored = store.store(new GeneratedContent(10_000), 10_000)

        then:
        stored.size() == 10_000
        stored.hash() == GeneratedContent.hashOf(10_000, 42)
    }

    def "the size limit stops an endless stream as soon as it is passed"() {
        given: 'a stream that would never end'
        def endless = new GeneratedContent(Long.MAX_VALUE)

        when:
        store.store(endless, 1_000_000)

        then:
        thrown(BlobTooLargeException)
        endless.position <= 1_000_000 + 16 * 1024 * 1024
        listedKeys().isEmpty()
    }

    def "a download link serves the content until it expires"() {
        given:
        def blob = put('download me')

        when:
        def link = store.downloadLink(new DownloadLinkRequest(blob.key, 'text/plain', 'attachment; filename="a.txt"', Duration.ofMinutes(5)))

        then:
        follow(link) == blob.bytes
        link.expiresAt().isAfter(java.time.Instant.now().plusSeconds(240))
        link.expiresAt().isBefore(java.time.Instant.now().plusSeconds(301))
    }

    def "many threads storing the same and different content all succeed and keep one copy of each"() {
        given:
        int threads = 8
        def pool = Executors.newFixedThreadPool(threads)
        def start = new CountDownLatch(1)
        def shared = GeneratedContent.bytes(300_000, 7)
        def tasks = (0..<threads).collect { int i ->
            [{ start.await(); store.store(new ByteArrayInputStream(shared), UNLIMITED) } as Callable,
             { start.await(); store.store(new GeneratedContent(50_000 + i, i), UNLIMITED) } as Callable]
        }.flatten()

        when:
        def futures = tasks.collect { pool.submit(it as Callable) }
        start.countDown()
        def results = futures.collect { it.get(60, TimeUnit.SECONDS) }

        then:
        results.findAll { it.hash() == sha256(shared) }.size() == threads
        results.count { it.hash() == sha256(shared) && it.newlyStored() } <= threads
        read(BlobKey.content(sha256(shared))) == shared
        listedKeys().size() == threads + 1
        (0..<threads).every { int i ->
            read(BlobKey.content(GeneratedContent.hashOf(50_000 + i, i))) == new GeneratedContent(50_000 + i, i).readAllBytes()
        }

        cleanup:
        pool.shutdownNow()
    }

    def "large content (#megabytes MiB) streams in and out with the right hash"() {
        given:
        long size = megabytes * 1024L * 1024L

        when:
        def stored = store.store(new GeneratedContent(size, 3), UNLIMITED)

        then:
        stored.size() == size
        stored.hash() == GeneratedContent.hashOf(size, 3)
        store.size(stored.key()) == Optional.of(size)

        and: 'reading it back streams the same bytes'
        store.open(stored.key()).orElseThrow().withCloseable {
            new HashingInputStream(it, UNLIMITED).drain()
        } == stored.hash()

        and: 'a range at the very end is exact'
        store.open(stored.key(), new ByteRange(size - 10, size - 1)).orElseThrow().withCloseable { it.readAllBytes() } ==
                GeneratedContent.slice(size, 3, size - 10, 10)

        where:
        megabytes = 100
    }
}
