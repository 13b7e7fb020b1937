package io.spendvault.bootstrap.e2e

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.storage.DownloadLinkRequest
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.port.BlobStore
import jakarta.inject.Inject
import spock.lang.Specification

import java.nio.file.Files
import java.time.Duration

/** The running application with the filesystem store: readiness covers it and its signed links work over HTTP. */
@MicronautTest
class BlobLinkEndToEndSpec extends Specification implements TestPropertyProvider {

    @Inject
    EmbeddedServer server

    @Inject
    BlobStore blobs

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties() + [
                'spendvault.storage.filesystem.root': Files.createTempDirectory('e2e-blobs').toString()]
    }

    def "readiness includes the blob store"() {
        when:
        def readiness = ApiClient.newUser(new RawHttp(server.URI)).get('/api/v1/health/readiness')

        then:
        readiness.status == 200
        readiness.json.details.blob_store.status == 'UP'
        readiness.json.details.blob_store.details.backend == 'filesystem'
    }

    def "a link signed by the filesystem store downloads through the application without a token"() {
        given:
        def stored = blobs.store(new ByteArrayInputStream('warranty card'.bytes), HashingInputStream.UNLIMITED)
        def link = blobs.downloadLink(new DownloadLinkRequest(stored.key(), 'text/plain', 'attachment; filename="card.txt"',
                Duration.ofMinutes(1)))

        when:
        def answer = new RawHttp(server.URI).get(link.url().toString())

        then:
        answer.status == 200
        answer.text == 'warranty card'
        answer.header('Content-Disposition') == 'attachment; filename="card.txt"'

        when: 'the link is altered'
        def tampered = new RawHttp(server.URI).get(link.url().toString().replace('card.txt', 'card.html'))

        then:
        tampered.status == 403
        tampered.json.error_code == 'LINK_INVALID'
    }
}
