package io.spendvault.application.storage

import io.spendvault.application.testsupport.TestSigner
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.DownloadLinkRequest
import spock.lang.Specification

import java.time.Duration

class SignedBlobLinksSpec extends Specification {

    def clock = new MutableClock()
    def links = new SignedBlobLinks(new TestSigner('a-secret-of-sufficient-length-0123456789'), 'https://vault.example/api/v1/blob-links', clock)
    def key = BlobKey.content(new ContentHash('cd' * 32))
    def request = new DownloadLinkRequest(key, 'application/pdf', 'attachment; filename="r.pdf"', Duration.ofMinutes(15))

    /** The query values of a link, decoded, as the REST adapter receives them. */
    private static Map<String, String> query(URI url) {
        url.rawQuery.split('&').collectEntries {
            def (name, value) = it.split('=', 2)
            [name, URLDecoder.decode(value, 'UTF-8')]
        }
    }

    private verify(Map<String, String> q, String keyText = key.value()) {
        links.verify(keyText, q.expires as long, q.type, q.disposition, q.signature)
    }

    def "a signed link points at the blob-links route and verifies"() {
        when:
        def link = links.sign(request)
        def q = query(link.url())

        then:
        link.url().toString().startsWith("https://vault.example/api/v1/blob-links/${key.value()}?")
        link.expiresAt() == clock.now.plus(Duration.ofMinutes(15))
        verify(q).get() == new SignedBlobLinks.SignedLink(key, 'application/pdf', 'attachment; filename="r.pdf"')
    }

    def "a link whose #part was altered is refused"() {
        given:
        def q = query(links.sign(request).url())
        def keyText = key.value()

        when:
        switch (part) {
            case 'key': keyText = BlobKey.content(new ContentHash('ef' * 32)).value(); break
            case 'expiry': q.expires = (q.expires as long) + 3600; break
            case 'type': q.type = 'text/html'; break
            case 'disposition': q.disposition = 'inline'; break
            case 'signature': q.signature = q.signature.reverse(); break
        }

        then:
        verify(q, keyText).isEmpty()

        where:
        part << ['key', 'expiry', 'type', 'disposition', 'signature']
    }

    def "a link stops working when it expires"() {
        given:
        def q = query(links.sign(request).url())

        when:
        clock.advance(Duration.ofMinutes(15))

        then:
        verify(q).isEmpty()
    }

    def "a link signed with another secret is refused"() {
        given:
        def other = new SignedBlobLinks(new TestSigner('another-secret-entirely-0123456789abcdef'), '/api/v1/blob-links/', clock)

        expect:
        verify(query(other.sign(request).url())).isEmpty()
    }

    def "a key that is not a blob key is refused before any signature check"() {
        expect:
        links.verify('../../etc/passwd', Long.MAX_VALUE, 'text/plain', 'inline', 'x').isEmpty()
    }

    def "without a base URL links are relative to the API's origin"() {
        expect:
        new SignedBlobLinks(new TestSigner('s' * 40), '/api/v1/blob-links/', clock).sign(request).url().toString().startsWith('/api/v1/blob-links/')
    }
}
