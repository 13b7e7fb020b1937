package io.spendvault.bootstrap.files

import groovy.json.JsonSlurper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.nio.charset.StandardCharsets

/**
 * Multipart bodies that are not a complete form, sent byte for byte over a socket: each fails the upload
 * with a clear answer, and nothing of it is stored (no file, no attachment, no bytes counted).
 */
@MicronautTest(transactional = false)
class MalformedUploadSpec extends PostgresSpecification {

    static final String BOUNDARY = 'spendvault-spec-boundary'
    static final String CONTENT = 'receipt text, line after line\r\n' * 200

    @Inject
    EmbeddedServer server

    ApiClient ada
    String purchaseId

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
        purchaseId = ada.send('POST', '/api/v1/purchases', [product_name: 'Lamp', price: '20.00', purchase_date: '2025-01-02']).json.id
    }

    def "a well-formed body sent the same way is stored whole (the control for the cases below)"() {
        when:
        def answer = post('/api/v1/uploads', part('description', 'lamp') + file('file', 'scan.txt') + end())

        then:
        answer.status == 201
        answer.json.file_size == CONTENT.length()
        answer.json.description == 'lamp'
        stored() == [files: 1, bytes: CONTENT.length()]
    }

    def "#what answers #status on #target and stores nothing"() {
        when:
        def answer = post(target == 'uploads' ? '/api/v1/uploads' : "/api/v1/purchases/$purchaseId/files", body)

        then:
        answer.status == status
        answer.json.error_code == code
        answer.json.detail ==~ detail
        stored() == [files: 0, bytes: 0]
        ada.get("/api/v1/purchases/$purchaseId/files").json.total == 0

        where:
        [what, body, status, code, detail, target] << cases().collectMany { c -> ['uploads', 'attachments'].collect { c + it } }
    }

    private static List<List> cases() {
        def complete = fields() + file('file', 'scan.txt') + end()
        [
                ['a body cut 60 bytes short (Content-Length matching)', complete.substring(0, complete.length() - 60), 400,
                 'MALFORMED_REQUEST', /The multipart body is malformed: .*/],
                ['a body whose closing boundary is missing', fields() + file('file', 'scan.txt'), 400,
                 'MALFORMED_REQUEST', /The multipart body is malformed: .*/],
                ['a file part without a filename', fields() + part('file', CONTENT) + end(), 400,
                 'MALFORMED_REQUEST', /The 'file' part has no filename.*/],
                ['two file parts', fields() + file('file', 'a.txt') + file('file', 'b.txt') + end(), 400,
                 'MALFORMED_REQUEST', /Only one file per upload.*/],
                ['a text field after the file', fields() + file('file', 'a.txt') + part('note', 'late') + end(), 400,
                 'MALFORMED_REQUEST', /The form field 'note' comes after the file.*/],
                ['a file under another part name', fields() + file('attachment', 'a.txt') + end(), 400,
                 'MALFORMED_REQUEST', /Unexpected file part 'attachment'.*/],
                ['a form without a file part', fields() + end(), 422, 'VALIDATION_FAILED', /.*/],
                ['a form without any part', end(), 400, 'MALFORMED_REQUEST', /The multipart body is malformed: it has no part.*/],
                ['a body that is not multipart at all', 'just some text', 400, 'MALFORMED_REQUEST', /The multipart body is malformed: .*/],
        ]
    }

    def "a file part without a filename names the part in the error, not an internal error"() {
        when:
        def answer = post('/api/v1/uploads', part('file', CONTENT) + end())

        then:
        answer.status == 400
        !answer.text.contains('Exception')
    }

    def "a form without a file part is 422 naming the file part"() {
        expect:
        post('/api/v1/uploads', part('description', 'x') + end()).json.field_errors == [file: ['is required']]
    }

    private Map stored() {
        def me = ada.get('/api/v1/users/me').json
        [files: me.stats.total_uploads, bytes: me.stats.total_storage_used]
    }

    private static String fields() {
        part('file_type', 'receipt') + part('description', 'a lamp')
    }

    private static String part(String name, String value) {
        "--$BOUNDARY\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n"
    }

    private static String file(String name, String filename) {
        "--$BOUNDARY\r\nContent-Disposition: form-data; name=\"$name\"; filename=\"$filename\"\r\nContent-Type: text/plain\r\n\r\n$CONTENT\r\n"
    }

    private static String end() {
        "--$BOUNDARY--\r\n"
    }

    /** Exactly these bytes as the body, with a Content-Length that matches them, over a plain socket. */
    private Map post(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8)
        new Socket(server.host, server.port).withCloseable { socket ->
            socket.soTimeout = 30_000
            def head = "POST $path HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ada.token}\r\n" +
                    "Content-Type: multipart/form-data; boundary=$BOUNDARY\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n"
            socket.outputStream.write(head.getBytes(StandardCharsets.US_ASCII))
            socket.outputStream.write(bytes)
            socket.outputStream.flush()
            def response = new String(socket.inputStream.readAllBytes(), StandardCharsets.UTF_8)
            int status = response.substring(9, 12) as int
            String text = response.substring(response.indexOf('\r\n\r\n') + 4)
            [status: status, text: text, json: text ? new JsonSlurper().parseText(text) : null]
        }
    }
}
