package io.spendvault.adapters.storage.s3

import io.spendvault.adapters.storage.testsupport.HttpFetch
import io.spendvault.adapters.storage.testsupport.S3TestServer
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.DownloadLink
import io.spendvault.domain.storage.DownloadLinkRequest
import io.spendvault.domain.storage.port.BlobStore
import io.spendvault.domain.storage.port.BlobStoreContract
import io.spendvault.domain.storage.testsupport.GeneratedContent
import spock.lang.AutoCleanup
import spock.lang.Shared

import java.time.Clock
import java.time.Duration

/** The S3 adapter against an S3-compatible server over HTTP with SigV4 (S3Proxy; MinIO in S3BlobStoreMinioSpec). */
class S3BlobStoreSpec extends BlobStoreContract {

    @Shared
    @AutoCleanup
    S3TestServer server = new S3TestServer()

    int bucketCount = 0

    @Override
    BlobStore createStore() {
        new S3BlobStore(server.settings("contract-${System.nanoTime()}"), Clock.systemUTC()).initialize()
    }

    def cleanup() {
        (store as S3BlobStore)?.close()
    }

    @Override
    byte[] follow(DownloadLink link) {
        def response = HttpFetch.get(link.url())
        if (response.statusCode() != 200) {
            return null
        }
        assert response.headers().firstValue('Content-Type').orElse('') == 'text/plain'
        assert response.headers().firstValue('Content-Disposition').orElse('') == 'attachment; filename="a.txt"'
        response.body()
    }

    def "a presigned link with a tampered signature is refused by the server"() {
        given:
        def blob = put('secret receipt')
        def link = store.downloadLink(new DownloadLinkRequest(blob.key, 'text/plain', 'attachment; filename="a.txt"', Duration.ofMinutes(5)))
        def tampered = URI.create(link.url().toString().replaceAll(/(X-Amz-Signature=)([0-9a-f])/) { all, name, first ->
            name + (first == '0' ? '1' : '0')
        })

        expect:
        HttpFetch.get(link.url()).statusCode() == 200
        HttpFetch.get(tampered).statusCode() == 403
    }

    def "content of unknown length streams in parts and leaves no temporary object behind"() {
        when:
        def stored = store.store(new GeneratedContent(12 * 1024 * 1024 + 17, 9), UNLIMITED)

        then:
        stored.size() == 12 * 1024 * 1024 + 17
        stored.hash() == GeneratedContent.hashOf(12 * 1024 * 1024 + 17, 9)
        temporaryObjects().isEmpty()
    }

    def "a refused oversized upload leaves no temporary object behind"() {
        when:
        store.store(new GeneratedContent(8 * 1024 * 1024), 6 * 1024 * 1024)

        then:
        thrown(io.spendvault.domain.storage.BlobTooLargeException)
        temporaryObjects().isEmpty()
        listedKeys().isEmpty()
    }

    def "objects that are not blob keys (strays, temporary uploads) are never listed"() {
        given:
        def blob = put('real')
        def stray = new S3BlobStore(server.settings(currentBucket()), Clock.systemUTC())

        when: 'a foreign object lands in the bucket'
        stray.client.putObject(io.minio.PutObjectArgs.builder().bucket(currentBucket()).object('tmp/left-over')
                .stream(new ByteArrayInputStream('x'.bytes), 1L, -1L).build())

        then:
        listedKeys() == [blob.key.value()] as Set

        cleanup:
        stray.close()
    }

    def "abandoned temporary uploads are swept by age; blobs stay"() {
        given:
        def blob = put('kept')
        def s3 = store as S3BlobStore
        s3.client.putObject(io.minio.PutObjectArgs.builder().bucket(currentBucket()).object('tmp/abandoned')
                .stream(new ByteArrayInputStream('x'.bytes), 1L, -1L).build())

        expect: 'nothing is older than an hour ago'
        store.sweepAbandonedUploads(java.time.Instant.now().minusSeconds(3600)) == 0
        temporaryObjects() == ['tmp/abandoned']

        and: 'everything temporary is older than a minute from now'
        store.sweepAbandonedUploads(java.time.Instant.now().plusSeconds(60)) == 1
        temporaryObjects().isEmpty()
        read(blob.key) == blob.bytes
    }

    def "the store describes itself without its credentials"() {
        expect:
        store.describe() == "s3 ${server.endpoint}/${currentBucket()}"
        !server.settings('b').toString().contains(S3TestServer.SECRET_KEY)
    }

    private String currentBucket() {
        (store as S3BlobStore).settings.bucket()
    }

    private List<String> temporaryObjects() {
        def s3 = store as S3BlobStore
        s3.client.listObjects(io.minio.ListObjectsArgs.builder().bucket(currentBucket()).prefix('tmp/').recursive(true).build())
                .collect { it.get().objectName() }
    }
}
