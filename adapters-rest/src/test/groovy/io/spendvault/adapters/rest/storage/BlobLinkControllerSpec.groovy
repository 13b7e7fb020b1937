package io.spendvault.adapters.rest.storage

import io.micronaut.context.annotation.Factory
import io.micronaut.context.annotation.Property
import io.micronaut.context.annotation.Requires
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.rest.security.HmacSha256Signer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.application.storage.BlobLinkService
import io.spendvault.application.storage.SignedBlobLinks
import io.spendvault.application.storage.port.in.OpenBlobLinkUseCase
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.DownloadLinkRequest
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import jakarta.inject.Inject
import jakarta.inject.Singleton
import spock.lang.Specification

import java.time.Clock
import java.time.Duration

@MicronautTest
@Property(name = 'spec.name', value = 'BlobLinkControllerSpec')
class BlobLinkControllerSpec extends Specification {

    static final InMemoryBlobStore BLOBS = new InMemoryBlobStore()
    static final SignedBlobLinks LINKS = new SignedBlobLinks(new HmacSha256Signer('controller-spec-secret-0123456789abcdef'), '/api/v1/blob-links/', Clock.systemUTC())

    @Factory
    @Requires(property = 'spec.name', value = 'BlobLinkControllerSpec')
    static class Wiring {
        @Singleton
        OpenBlobLinkUseCase openBlobLink() {
            new BlobLinkService(LINKS, BLOBS)
        }
    }

    @Inject
    EmbeddedServer server

    RawHttp http

    def setup() {
        http = new RawHttp(server.URI)
    }

    private String linkTo(String text, String type = 'application/pdf', String disposition = 'attachment; filename="receipt.pdf"') {
        def key = BLOBS.store(new ByteArrayInputStream(text.bytes), HashingInputStream.UNLIMITED).key()
        def url = LINKS.sign(new DownloadLinkRequest(key, type, disposition, Duration.ofMinutes(5))).url()
        url.rawPath + '?' + url.rawQuery
    }

    def "a signed link downloads the content with the signed headers and no bearer token"() {
        when:
        def answer = http.get(linkTo('%PDF-1.7 receipt'))

        then:
        answer.status == 200
        answer.text == '%PDF-1.7 receipt'
        answer.header('Content-Type') == 'application/pdf'
        answer.header('Content-Disposition') == 'attachment; filename="receipt.pdf"'
        answer.header('Content-Length') == '16'
        answer.header('X-Content-Type-Options') == 'nosniff'
    }

    def "a link whose #part was changed answers 403 in the error format"() {
        given:
        def link = linkTo('tamper with me')

        when:
        def answer = http.get(change(link))

        then:
        answer.status == 403
        answer.json.error_code == 'LINK_INVALID'
        !answer.text.contains('tamper with me')

        where:
        part          | change
        'signature'   | { String l -> l.replaceAll(/signature=([A-Za-z0-9_-])/) { all, c -> 'signature=' + (c == 'A' ? 'B' : 'A') } }
        'content type' | { String l -> l.replace('type=application%2Fpdf', 'type=text%2Fhtml') }
        'expiry'      | { String l -> l.replaceAll(/expires=(\d+)/) { all, e -> "expires=${(e as long) + 86400}" } }
    }

    def "an expired link answers 403"() {
        given:
        def key = BLOBS.store(new ByteArrayInputStream('old'.bytes), HashingInputStream.UNLIMITED).key()
        def pastLinks = new SignedBlobLinks(new HmacSha256Signer('controller-spec-secret-0123456789abcdef'), '/api/v1/blob-links/',
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)))
        def url = pastLinks.sign(new DownloadLinkRequest(key, 'text/plain', 'inline', Duration.ofMinutes(5))).url()

        expect:
        http.get(url.rawPath + '?' + url.rawQuery).status == 403
    }

    def "a link to content that is gone answers 404"() {
        given:
        def link = linkTo('deleted soon')
        BLOBS.delete(BlobKey.parse(link.substring(BlobLinkController.PATH.length(), link.indexOf('?'))).get())

        when:
        def answer = http.get(link)

        then:
        answer.status == 404
        answer.json.error_code == 'NOT_FOUND'
    }

    def "a link without its signature is refused, naming the missing value"() {
        when:
        def answer = http.get(linkTo('x').replaceAll(/&signature=[^&]+/, ''))

        then:
        answer.status == 422
        answer.json.field_errors == [signature: ['is required']]
    }
}
