package io.spendvault.adapters.storage.filesystem

import io.spendvault.application.storage.BlobLinkService
import io.spendvault.application.storage.SignedBlobLinks
import io.spendvault.application.testsupport.TestSigner
import io.spendvault.application.storage.port.in.OpenBlobLinkQuery
import io.spendvault.domain.common.AccessDeniedException
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.BlobStorageException
import io.spendvault.domain.storage.DownloadLink
import io.spendvault.domain.storage.port.BlobStore
import io.spendvault.domain.storage.port.BlobStoreContract
import io.spendvault.domain.storage.testsupport.GeneratedContent
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock

class FilesystemBlobStoreSpec extends BlobStoreContract {

    @TempDir
    Path root

    SignedBlobLinks links = new SignedBlobLinks(new TestSigner('filesystem-spec-secret-0123456789abcdef'), '/api/v1/blob-links/', Clock.systemUTC())

    @Override
    BlobStore createStore() {
        new FilesystemBlobStore(root, links, Clock.systemUTC())
    }

    /** Follows a link the way the application's blob-links route does: verify, then open. */
    @Override
    byte[] follow(DownloadLink link) {
        def url = link.url()
        def q = url.rawQuery.split('&').collectEntries { def (n, v) = it.split('=', 2); [n, URLDecoder.decode(v, 'UTF-8')] }
        def key = url.path.substring('/api/v1/blob-links/'.length())
        try {
            new BlobLinkService(links, store).open(new OpenBlobLinkQuery(key, q.expires as long, q.type, q.disposition, q.signature))
                    .content().withCloseable { it.readAllBytes() }
        } catch (AccessDeniedException ignored) {
            null
        }
    }

    private List<Path> temporaryFiles() {
        Files.list(root.resolve('.tmp')).withCloseable { it.toList() }
    }

    def "a blob is a file at its key's path under the root"() {
        when:
        def blob = put('on disk')

        then:
        Files.readString(root.resolve(blob.key.value())) == 'on disk'
        temporaryFiles().isEmpty()
    }

    def "a refused oversized write leaves no temporary file"() {
        when:
        store.store(new GeneratedContent(2_000_000), 1_000_000)

        then:
        thrown(io.spendvault.domain.storage.BlobTooLargeException)
        temporaryFiles().isEmpty()
    }

    def "a half-written temporary file from a crash is never listed as a blob"() {
        given:
        Files.write(root.resolve('.tmp').resolve('upload-123.part'), 'half'.bytes)
        def blob = put('complete')

        expect:
        listedKeys() == [blob.key.value()] as Set
    }

    def "abandoned temporary files older than the cutoff are swept; newer ones and blobs stay"() {
        given:
        def blob = put('kept')
        def old = root.resolve('.tmp').resolve('upload-old.part')
        def fresh = root.resolve('.tmp').resolve('upload-fresh.part')
        Files.write(old, 'half'.bytes)
        Files.write(fresh, 'in flight'.bytes)
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)))

        when:
        def removed = store.sweepAbandonedUploads(java.time.Instant.now().minusSeconds(3600))

        then:
        removed == 1
        !Files.exists(old)
        Files.exists(fresh)
        read(blob.key) == blob.bytes
    }

    def "a stream that fails mid-way leaves neither a blob nor a temporary file"() {
        given:
        def failing = new SequenceInputStream(new GeneratedContent(500_000), new InputStream() {
            int read() { throw new IOException('client went away') }
        })

        when:
        store.store(failing, UNLIMITED)

        then:
        def failure = thrown(BlobStorageException)
        failure.cause instanceof IOException
        temporaryFiles().isEmpty()
        listedKeys().isEmpty()
    }

    def "storing content that already exists refreshes its age for garbage collection"() {
        given:
        def blob = put('old content')
        def path = root.resolve(blob.key.value())
        Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.fromMillis(0))

        when:
        put('old content')

        then:
        Files.getLastModifiedTime(path).toMillis() > 0
    }

    def "an unwritable root makes the store unavailable"() {
        given:
        def gone = createStore()
        root.resolve('.tmp').toFile().deleteDir()

        when:
        gone.checkAvailable()

        then:
        thrown(BlobStorageException)
    }

    def "a key never resolves outside the root"() {
        expect:
        BlobKey.parse('../../../etc/passwd').isEmpty()
        (store as FilesystemBlobStore).pathOf(BlobKey.content(io.spendvault.domain.storage.ContentHash.parse('ab' * 32)))
                .startsWith(root.toAbsolutePath())
    }
}
