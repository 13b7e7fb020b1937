package io.spendvault.bootstrap.files

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.port.BlobReferences
import io.spendvault.domain.storage.port.BlobStore
import io.spendvault.domain.storage.testsupport.GeneratedContent
import jakarta.inject.Inject

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.Callable
import java.util.concurrent.Executors

/** Files through HTTP on the running application: PostgreSQL and the filesystem blob store. */
@MicronautTest
@Property(name = 'spendvault.files.max-file-size', value = '1048576')
@Property(name = 'spendvault.files.quota', value = '3145728')
class FilesEndToEndSpec extends PostgresSpecification {

    static final byte[] PNG = Base64.decoder.decode(
            'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZGBgAPr8F+0b9zJYAAAAASUVORK5CYII=')
    static final byte[] PDF = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'.bytes
    static final byte[] SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'.bytes

    @Inject
    EmbeddedServer server

    @Inject
    BlobStore blobs

    @Inject
    BlobReferences references

    RawHttp http
    ApiClient ada

    def setup() {
        http = new RawHttp(server.URI)
        ada = ApiClient.newUser(http)
    }

    private Map uploaded(ApiClient user, String name, byte[] bytes, String description = null) {
        def answer = user.upload(name, bytes, 'application/octet-stream', description)
        assert answer.status == 201: answer
        answer.json
    }

    def "an upload answers 201 with the detected type, a safe name and the content hash"() {
        when:
        def answer = ada.upload('../scans/Kassenbon.png', PNG, 'text/plain', 'lamp receipt')

        then:
        answer.status == 201
        answer.json.keySet() == ['id', 'filename', 'original_filename', 'content_type', 'file_size', 'file_hash', 'description',
                                 'upload_date', 'updated_at', 'user_id', 'thumbnail_url', 'reference_count'] as Set
        answer.json.content_type == 'image/png'
        answer.json.filename == 'Kassenbon.png'
        answer.json.original_filename == '../scans/Kassenbon.png'
        answer.json.file_size == PNG.length
        answer.json.file_hash == ContentHash.of(java.security.MessageDigest.getInstance('SHA-256').digest(PNG)).prefixed()
        answer.json.description == 'lamp receipt'
        answer.json.thumbnail_url == null
        answer.json.reference_count == 1
    }

    def "the type is judged by the bytes: an executable sent as image/png answers 415 and nothing is kept"() {
        when:
        def answer = ada.upload('holiday.png', ('MZ' + '\u0000' * 300).getBytes('ISO-8859-1'), 'image/png')

        then:
        answer.status == 415
        answer.json.detail == 'File type not allowed'
        ada.get('/api/v1/uploads').json.total == 0
    }

    def "a file over the limit is refused with 413 while it streams, and nothing is kept"() {
        when:
        def answer = ada.upload('big.txt', new GeneratedContent(3L * 1024 * 1024, 1).with {
            // printable bytes, so the start is detected as text and the size limit is what refuses it
            new FilterInputStream(it) {
                int read(byte[] b, int off, int len) { int n = super.read(b, off, len); for (int i = 0; i < n; i++) b[off + i] = (byte) (65 + (b[off + i] & 15)); n }
            }
        })

        then:
        answer.status == 413
        answer.json.detail == 'File size exceeds maximum limit (1 MB)'
        ada.get('/api/v1/uploads').json.total == 0
    }

    def "an upload past the quota answers 507"() {
        given:
        3.times { uploaded(ada, "part${it}.txt", GeneratedContent.bytes(900_000, it).collect { (byte) (65 + (it & 15)) } as byte[]) }

        when:
        def answer = ada.upload('one too many.txt', ('x' * 700_000).bytes)

        then:
        answer.status == 507
        answer.json.detail == 'Storage quota exceeded'
        ada.get('/api/v1/users/me').json.stats == [total_uploads: 3, total_storage_used: 2_700_000]
    }

    def "files are listed, searched, filtered and sorted, a page at a time"() {
        given:
        uploaded(ada, 'Lamp receipt.pdf', PDF, 'bought at the market')
        uploaded(ada, 'photo.png', PNG)
        uploaded(ada, 'notes.txt', 'some text'.bytes, 'about the LAMP')

        expect:
        ada.get('/api/v1/uploads?search=lamp').json.items*.filename as Set == ['Lamp receipt.pdf', 'notes.txt'] as Set
        ada.get('/api/v1/uploads?search=market').json.items*.filename == ['Lamp receipt.pdf']
        ada.get('/api/v1/uploads?content_type=image/').json.items*.filename == ['photo.png']
        ada.get('/api/v1/uploads?content_type=application/pdf').json.total == 1
        ada.get('/api/v1/uploads?sort_by=filename&sort_order=asc').json.items*.filename == ['Lamp receipt.pdf', 'notes.txt', 'photo.png']
        ada.get('/api/v1/uploads?sort_by=file_size&sort_order=desc&size=1&page=2').json.subMap(['total', 'page', 'size', 'pages']) ==
                [total: 3, page: 2, size: 1, pages: 3]
    }

    def "list parameter #query answers 422 on #field"() {
        when:
        def answer = ada.get("/api/v1/uploads?$query")

        then:
        answer.status == 422
        answer.json.field_errors.containsKey(field)

        where:
        query              | field
        'sort_by=size'     | 'sort_by'
        'sort_order=up'    | 'sort_order'
        'size=101'         | 'size'
        'page=0'           | 'page'
    }

    def "metadata is read and changed by its owner; for anyone else the file does not exist"() {
        given:
        def file = uploaded(ada, 'scan.png', PNG)
        def grace = ApiClient.newUser(http)

        when:
        def renamed = ada.send('PUT', "/api/v1/uploads/${file.id}", [filename: 'C:\\tmp\\lamp.png', description: 'the lamp'])

        then:
        renamed.status == 200
        renamed.json.filename == 'lamp.png'
        renamed.json.description == 'the lamp'
        ada.get("/api/v1/uploads/${file.id}").json.filename == 'lamp.png'

        and:
        grace.get("/api/v1/uploads/${file.id}").status == 404
        grace.send('PUT', "/api/v1/uploads/${file.id}", [description: 'mine now']).status == 404
        grace.download("/api/v1/uploads/${file.id}/download").statusCode() == 404
        grace.get("/api/v1/uploads/${file.id}/url").status == 404
        grace.send('DELETE', "/api/v1/uploads/${file.id}").status == 404
        ada.get("/api/v1/uploads/${file.id}").status == 200
        ada.get("/api/v1/uploads/${UUID.randomUUID()}").status == 404
        http.get("/api/v1/uploads/${file.id}").status == 401
    }

    def "a download streams the content with type, length, ETag and a safe disposition"() {
        given:
        def file = uploaded(ada, 'Quittung für Öl.pdf', PDF)

        when:
        def response = ada.download("/api/v1/uploads/${file.id}/download")

        then:
        response.statusCode() == 200
        response.body() == PDF
        response.headers().firstValue('Content-Type').get() == 'application/pdf'
        response.headers().firstValue('Content-Length').get() == "$PDF.length"
        response.headers().firstValue('ETag').get() == "\"${file.file_hash}\""
        response.headers().firstValue('X-Content-Type-Options').get() == 'nosniff'
        response.headers().firstValue('Content-Disposition').get() ==
                'attachment; filename="Quittung fur Ol.pdf"; filename*=UTF-8\'\'Quittung%20f%C3%BCr%20%C3%96l.pdf'
    }

    def "a matching If-None-Match answers 304 without a body"() {
        given:
        def file = uploaded(ada, 'scan.png', PNG)

        when:
        def response = ada.download("/api/v1/uploads/${file.id}/download", ['If-None-Match': "\"${file.file_hash}\""])

        then:
        response.statusCode() == 304
        response.body().length == 0
    }

    def "range #range answers 206 with bytes #first-#last"() {
        given:
        def content = 'abcdefghijklmnopqrstuvwxyz'.bytes
        def file = uploaded(ada, 'alphabet.txt', content)

        when:
        def response = ada.download("/api/v1/uploads/${file.id}/download", [Range: range])

        then:
        response.statusCode() == 206
        response.body() == content[first..last] as byte[]
        response.headers().firstValue('Content-Range').get() == "bytes $first-$last/26"

        where:
        range          | first | last
        'bytes=0-3'    | 0     | 3
        'bytes=20-'    | 20    | 25
        'bytes=-4'     | 22    | 25
        'bytes=10-999' | 10    | 25
    }

    def "an unsatisfiable or malformed range #range answers 416"() {
        given:
        def file = uploaded(ada, 'alphabet.txt', 'abcdefghijklmnopqrstuvwxyz'.bytes)

        when:
        def response = ada.download("/api/v1/uploads/${file.id}/download", [Range: range])

        then:
        response.statusCode() == 416
        response.headers().firstValue('Content-Range').get() == 'bytes */26'

        where:
        range << ['bytes=26-', 'bytes=5-2', 'bytes=abc', 'bytes=0-1,4-5']
    }

    def "inline display is allowed for #name only, and no download may run script or be framed by another site"() {
        given:
        def file = uploaded(ada, name, bytes)

        when:
        def headers = ada.download("/api/v1/uploads/${file.id}/download?inline=true").headers()

        then:
        headers.firstValue('Content-Disposition').get().startsWith(disposition)
        headers.firstValue('Content-Security-Policy').get().startsWith("sandbox; default-src 'none'")
        headers.firstValue('Content-Security-Policy').get().endsWith("frame-ancestors $frameAncestors")
        headers.allValues('X-Frame-Options') == [frameOptions]

        where:
        name        | bytes                | disposition   | frameAncestors | frameOptions
        'scan.png'  | PNG                  | 'inline;'     | "'self'"       | 'SAMEORIGIN'
        'r.pdf'     | PDF                  | 'inline;'     | "'self'"       | 'SAMEORIGIN'
        'notes.txt' | 'hello'.bytes        | 'attachment;' | "'none'"       | 'DENY'
        'evil.svg'  | SVG                  | 'attachment;' | "'none'"       | 'DENY'
    }

    def "a download without inline is never framed"() {
        given:
        def file = uploaded(ada, 'r.pdf', PDF)

        when:
        def headers = ada.download("/api/v1/uploads/${file.id}/download").headers()

        then:
        headers.firstValue('Content-Disposition').get().startsWith('attachment;')
        headers.allValues('X-Frame-Options') == ['DENY']
        headers.firstValue('Content-Security-Policy').get().endsWith("frame-ancestors 'none'")
    }

    def "a time-limited link downloads without a token, refuses tampering and expires"() {
        given:
        def file = uploaded(ada, 'scan.png', PNG)

        when:
        def link = ada.get("/api/v1/uploads/${file.id}/url?expires_in=60").json
        def anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.URI.resolve(link.url)).build(),
                HttpResponse.BodyHandlers.ofByteArray())

        then:
        anonymous.statusCode() == 200
        anonymous.body() == PNG
        java.time.Instant.parse(link.expires_at).isAfter(java.time.Instant.now().plusSeconds(50))
        http.get(link.url.replace('scan.png', 'scan.html')).status == 403

        when:
        def shortLived = ada.get("/api/v1/uploads/${file.id}/url?expires_in=1").json
        Thread.sleep(2_100)

        then:
        http.get(shortLived.url).status == 403
    }

    def "a link lifetime of #seconds seconds answers 422"() {
        given:
        def file = uploaded(ada, 'scan.png', PNG)

        expect:
        ada.get("/api/v1/uploads/${file.id}/url?expires_in=$seconds").status == 422

        where:
        seconds << [0, 86_401]
    }

    def "identical content is stored once; it goes when the last file using it is deleted"() {
        given:
        def grace = ApiClient.newUser(http)
        def content = GeneratedContent.bytes(5_000, 77).collect { (byte) (97 + (it & 15)) } as byte[]
        def first = uploaded(ada, 'a.txt', content)
        def second = uploaded(grace, 'b.txt', content)
        def key = BlobKey.content(ContentHash.parse(first.file_hash))

        expect: 'each owner sees that two records share the content, and nothing of the other owner'
        first.file_hash == second.file_hash
        blobs.exists(key)
        references.isReferenced(key.contentHash())
        first.reference_count == 1
        second.reference_count == 2
        ada.get("/api/v1/uploads/${first.id}").json.reference_count == 2
        ada.get('/api/v1/uploads').json.items.find { it.id == first.id }.reference_count == 2
        !ada.get("/api/v1/uploads/${first.id}").text.contains(grace.username)

        when:
        assert ada.send('DELETE', "/api/v1/uploads/${first.id}").status == 204

        then:
        blobs.exists(key)
        grace.download("/api/v1/uploads/${second.id}/download").body() == content
        grace.get("/api/v1/uploads/${second.id}").json.reference_count == 1

        when:
        assert grace.send('DELETE', "/api/v1/uploads/${second.id}").status == 204

        then:
        !blobs.exists(key)
        !references.isReferenced(key.contentHash())
    }

    def "concurrent uploads and deletes of the same content never leave a file without its content"() {
        given:
        def content = ('same bytes for everyone ' * 100).bytes
        def pool = Executors.newFixedThreadPool(4)
        def first = uploaded(ada, 'seed.txt', content)

        when:
        def tasks = (1..40).collect { round ->
            round % 2 == 0
                    ? { ada.upload("copy${round}.txt", content).status } as Callable
                    : { def page = ada.get('/api/v1/uploads?size=100').json
                        def victim = page.items.find { it.file_hash == first.file_hash }
                        victim ? ada.send('DELETE', "/api/v1/uploads/${victim.id}").status : 204 } as Callable
        }
        def outcomes = pool.invokeAll(tasks)*.get()

        then: 'every request ends cleanly: created, deleted or already gone; never "removed meanwhile, retry" (409)'
        outcomes.every { it in [201, 204, 404] }

        and: 'every file still listed can be downloaded'
        def remaining = ada.get('/api/v1/uploads?size=100').json.items
        remaining.every { ada.download("/api/v1/uploads/${it.id}/download").body() == content }
        remaining.isEmpty() || blobs.exists(BlobKey.content(ContentHash.parse(first.file_hash)))

        cleanup:
        pool.shutdownNow()
    }

    def "an image gets a 64 px PNG thumbnail from the background worker; other files get none"() {
        given:
        def picture = new java.awt.image.BufferedImage(320, 160, java.awt.image.BufferedImage.TYPE_INT_RGB)
        def bytes = new ByteArrayOutputStream().with { javax.imageio.ImageIO.write(picture, 'jpg', it); it.toByteArray() }
        def image = uploaded(ada, 'photo.jpg', bytes)
        def text = uploaded(ada, 'notes.txt', 'no picture here'.bytes)

        when: 'the worker runs (every 2 s)'
        def url = null
        for (int i = 0; i < 50 && url == null; i++) {
            url = ada.get("/api/v1/uploads/${image.id}").json.thumbnail_url
            if (url == null) { Thread.sleep(200) }
        }
        def thumbnail = ada.download(url as String)

        then:
        url == "/api/v1/uploads/${image.id}/thumbnail"
        thumbnail.statusCode() == 200
        thumbnail.headers().firstValue('Content-Type').get() == 'image/png'
        javax.imageio.ImageIO.read(new ByteArrayInputStream(thumbnail.body())).with { [width, height] } == [64, 32]

        and:
        ada.get("/api/v1/uploads/${text.id}").json.thumbnail_url == null
        ada.download("/api/v1/uploads/${text.id}/thumbnail").statusCode() == 404
    }

    def "without a token the files API answers 401"() {
        expect:
        http.get('/api/v1/uploads').status == 401
    }
}
