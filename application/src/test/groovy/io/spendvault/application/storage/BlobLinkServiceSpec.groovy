package io.spendvault.application.storage

import io.spendvault.application.storage.port.in.OpenBlobLinkQuery
import io.spendvault.application.testsupport.TestSigner
import io.spendvault.domain.common.AccessDeniedException
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.storage.DownloadLinkRequest
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import spock.lang.Specification

import java.time.Duration

class BlobLinkServiceSpec extends Specification {

    def clock = new MutableClock()
    def store = new InMemoryBlobStore(clock: clock)
    def links = new SignedBlobLinks(new TestSigner('x' * 40), '/api/v1/blob-links/', clock)
    def service = new BlobLinkService(links, store)

    private OpenBlobLinkQuery queryFor(String text) {
        def key = store.store(new ByteArrayInputStream(text.bytes), HashingInputStream.UNLIMITED).key()
        def url = links.sign(new DownloadLinkRequest(key, 'text/plain', 'attachment; filename="a.txt"', Duration.ofMinutes(5))).url()
        def q = url.rawQuery.split('&').collectEntries { def (n, v) = it.split('=', 2); [n, URLDecoder.decode(v, 'UTF-8')] }
        new OpenBlobLinkQuery(key.value(), q.expires as long, q.type, q.disposition, q.signature)
    }

    def "a genuine link opens the blob with the signed headers"() {
        when:
        def download = service.open(queryFor('hello'))

        then:
        download.content().text == 'hello'
        download.size() == 5
        download.contentType() == 'text/plain'
        download.contentDisposition() == 'attachment; filename="a.txt"'
    }

    def "a tampered link is refused"() {
        given:
        def query = queryFor('hello')

        when:
        service.open(new OpenBlobLinkQuery(query.key(), query.expires(), 'text/html', query.contentDisposition(), query.signature()))

        then:
        def failure = thrown(AccessDeniedException)
        failure.code() == 'LINK_INVALID'
    }

    def "a link to a blob that was deleted since is not found"() {
        given:
        def query = queryFor('short-lived')
        store.delete(io.spendvault.domain.storage.BlobKey.parse(query.key()).get())

        when:
        service.open(query)

        then:
        thrown(ResourceNotFoundException)
    }
}
