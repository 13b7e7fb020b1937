package io.spendvault.bootstrap.files

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.adapters.storage.s3.S3BlobStore
import io.spendvault.adapters.storage.testsupport.S3TestServer
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.bootstrap.testsupport.SlowText
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.port.BlobStore
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Specification

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** The files flow with blobs on an S3-compatible server (S3Proxy over HTTP, SigV4, presigned links). */
@MicronautTest
class FilesOnS3EndToEndSpec extends Specification implements TestPropertyProvider {

    @Shared
    S3TestServer s3 = new S3TestServer()

    @Inject
    EmbeddedServer server

    @Inject
    BlobStore blobs

    def cleanupSpec() {
        s3.close()
    }

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties() + [
                'spendvault.storage.backend'      : 's3',
                'spendvault.storage.s3.endpoint'  : s3.endpoint.toString(),
                'spendvault.storage.s3.bucket'    : 'files-e2e',
                'spendvault.storage.s3.access-key': S3TestServer.ACCESS_KEY,
                'spendvault.storage.s3.secret-key': S3TestServer.SECRET_KEY]
    }

    def "upload, download a range, follow a presigned link and delete, with the content on S3"() {
        given:
        def ada = ApiClient.newUser(new RawHttp(server.URI))
        def content = ('receipt line\n' * 2000).bytes

        expect:
        blobs instanceof S3BlobStore

        when:
        def file = ada.upload('receipt.txt', content).json
        def key = BlobKey.content(ContentHash.parse(file.file_hash))

        then:
        file.content_type == 'text/plain'
        blobs.exists(key)

        when:
        def range = ada.download("/api/v1/uploads/${file.id}/download", [Range: 'bytes=0-11'])

        then:
        range.statusCode() == 206
        new String(range.body()) == 'receipt line'

        when: 'the link is presigned by S3 and fetched without any credentials'
        def link = ada.get("/api/v1/uploads/${file.id}/url?expires_in=120").json
        def fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.url)).build(),
                HttpResponse.BodyHandlers.ofByteArray())

        then:
        link.url.startsWith(s3.endpoint.toString())
        link.url.contains('X-Amz-Signature=')
        fetched.statusCode() == 200
        fetched.body() == content
        fetched.headers().firstValue('Content-Disposition').get().startsWith('attachment; filename="receipt.txt"')

        when:
        assert ada.send('DELETE', "/api/v1/uploads/${file.id}").status == 204

        then:
        !blobs.exists(key)
        ada.get('/api/v1/users/me').json.stats == [total_uploads: 0, total_storage_used: 0]
    }

    def "readiness reports the S3 blob store"() {
        expect:
        ApiClient.newUser(new RawHttp(server.URI)).get('/api/v1/health/readiness').json.details.blob_store.details.backend == 's3'
    }

    def "the S3 server stops mid-upload: 503 through the API, nothing recorded, readiness 503; back again, uploads work"() {
        given:
        def ada = ApiClient.newUser(new RawHttp(server.URI))
        def stopper = Thread.startDaemon {
            sleep(700)
            s3.stop()
        }

        when: 'a 40 MiB upload streams at about 20 MiB/s while S3 goes away'
        def answer = ada.upload('big.txt', new SlowText(40 * 1024 * 1024, 3), 'text/plain')
        stopper.join()
        def readiness = ada.get('/api/v1/health/readiness')

        then:
        answer.status == 503
        answer.json.error_code == 'STORAGE_UNAVAILABLE'
        readiness.status == 503
        ada.get('/api/v1/users/me').json.stats == [total_uploads: 0, total_storage_used: 0]

        when:
        s3.start()
        def again = ada.upload('small.txt', 'a receipt'.bytes, 'text/plain')

        then:
        again.status == 201
        ada.download("/api/v1/uploads/${again.json.id}/download").body() == 'a receipt'.bytes
        ada.get('/api/v1/health/readiness').status == 200
    }
}
