package io.spendvault.domain.storage.testsupport

import io.spendvault.domain.storage.BlobInfo
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.BlobStorageException
import io.spendvault.domain.storage.ByteRange
import io.spendvault.domain.storage.DownloadLink
import io.spendvault.domain.storage.DownloadLinkRequest
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.StagedBlob
import io.spendvault.domain.storage.StoredBlob
import io.spendvault.domain.storage.port.BlobStore

import java.time.Clock
import java.time.Instant
import java.util.concurrent.ConcurrentHashMap
import java.util.stream.Stream

/**
 * A {@link BlobStore} in memory, for application specs. It passes the same contract as the real stores;
 * {@link #failing} makes every call fail as a dead backend would.
 */
class InMemoryBlobStore implements BlobStore {

    private final Map<BlobKey, Entry> blobs = new ConcurrentHashMap<>()
    private final Map<String, byte[]> staged = new ConcurrentHashMap<>()
    Clock clock = Clock.systemUTC()
    boolean failing = false

    private static class Entry {
        final byte[] bytes
        final Instant written

        Entry(byte[] bytes, Instant written) {
            this.bytes = bytes
            this.written = written
        }
    }

    @Override
    StagedBlob stage(InputStream content, long maxBytes) {
        checkAvailable()
        def hashing = new HashingInputStream(content, maxBytes)
        def bytes = hashing.readAllBytes()
        def handle = UUID.randomUUID().toString()
        staged.put(handle, bytes)
        new StagedBlob(hashing.hash(), bytes.length, handle)
    }

    @Override
    StoredBlob commit(StagedBlob blob) {
        checkAvailable()
        byte[] bytes = staged.remove(blob.handle())
        if (bytes == null) {
            throw new IllegalArgumentException("not staged here, or committed already: ${blob.handle()}")
        }
        def previous = blobs.putIfAbsent(blob.key(), new Entry(bytes, clock.instant()))
        if (previous != null) {
            blobs.put(blob.key(), new Entry(previous.bytes, clock.instant())) // refreshes its age, like the real stores
        }
        new StoredBlob(blob.hash(), bytes.length, previous == null)
    }

    @Override
    void discard(StagedBlob blob) {
        staged.remove(blob.handle())
    }

    /** Staged content not yet committed or discarded, by handle: what a crash would leave behind. */
    int stagedCount() {
        staged.size()
    }

    @Override
    void storeDerived(BlobKey key, InputStream content) {
        checkAvailable()
        if (key.isContent()) {
            throw new IllegalArgumentException("not a derived key: $key")
        }
        blobs.put(key, new Entry(content.readAllBytes(), clock.instant()))
    }

    @Override
    Optional<InputStream> open(BlobKey key) {
        checkAvailable()
        Optional.ofNullable(blobs.get(key)).map { new ByteArrayInputStream(it.bytes) as InputStream }
    }

    @Override
    Optional<InputStream> open(BlobKey key, ByteRange range) {
        checkAvailable()
        Optional.ofNullable(blobs.get(key)).map {
            def end = Math.min(range.last() + 1, it.bytes.length) as int
            new ByteArrayInputStream(Arrays.copyOfRange(it.bytes, range.first() as int, end)) as InputStream
        }
    }

    @Override
    Optional<Long> size(BlobKey key) {
        checkAvailable()
        Optional.ofNullable(blobs.get(key)).map { it.bytes.length as Long }
    }

    @Override
    boolean delete(BlobKey key) {
        checkAvailable()
        blobs.remove(key) != null
    }

    @Override
    Stream<BlobInfo> list() {
        checkAvailable()
        blobs.collect { key, entry -> new BlobInfo(key, entry.bytes.length, entry.written) }.stream()
    }

    /** Writes here are atomic in memory: nothing is ever abandoned. */
    @Override
    long sweepAbandonedUploads(Instant cutoff) {
        checkAvailable()
        0
    }

    @Override
    DownloadLink downloadLink(DownloadLinkRequest request) {
        checkAvailable()
        new DownloadLink(URI.create("memory:${request.key()}"), clock.instant().plus(request.validFor()))
    }

    /** What following a link of this store downloads. */
    byte[] follow(DownloadLink link) {
        def key = BlobKey.parse(link.url().schemeSpecificPart).orElseThrow()
        link.expiresAt().isAfter(clock.instant()) ? blobs.get(key)?.bytes : null
    }

    /** Replaces a blob's bytes without changing its key, as bit rot or tampering would. */
    void corrupt(BlobKey key, byte[] bytes) {
        blobs.put(key, new Entry(bytes, blobs.get(key).written))
    }

    @Override
    String describe() {
        'memory'
    }

    @Override
    void checkAvailable() {
        if (failing) {
            throw new BlobStorageException('in-memory store switched to failing')
        }
    }
}
