package io.spendvault.bootstrap.spending

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.port.BlobStore
import jakarta.inject.Inject

import java.security.MessageDigest

/** Files attached to purchases: the files feature underneath, plus links that go with their purchase. */
@MicronautTest
class AttachmentsEndToEndSpec extends PostgresSpecification {

    static final byte[] RECEIPT = 'Receipt #4711: 1 kettle, 25.00 EUR\n'.getBytes('UTF-8')

    @Inject
    EmbeddedServer server

    @Inject
    BlobStore blobs

    ApiClient ada
    Map kettle
    Map toaster

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
        kettle = newPurchase('Kettle')
        toaster = newPurchase('Toaster')
    }

    private Map newPurchase(String name) {
        ada.send('POST', '/api/v1/purchases', [product_name: name, price: 25, purchase_date: '2024-03-01']).json as Map
    }

    private RawHttp.Answer attach(Map purchase, String type, byte[] content = RECEIPT, String name = 'receipt.txt') {
        ada.multipart("/api/v1/purchases/${purchase.id}/files", type == null ? [:] : [file_type: type], name,
                new ByteArrayInputStream(content), 'text/plain')
    }

    private static ContentHash hashOf(byte[] content) {
        ContentHash.of(MessageDigest.getInstance('SHA-256').digest(content))
    }

    def "an uploaded receipt is attached with the file's metadata and its type"() {
        when:
        def answer = attach(kettle, 'receipt')

        then:
        answer.status == 201
        with(answer.json) {
            file_type == 'receipt'
            filename == 'receipt.txt'
            content_type == 'text/plain'
            file_size == RECEIPT.length
            file_hash == hashOf(RECEIPT).prefixed()
            attached_at != null
        }
        ada.get("/api/v1/purchases/${kettle.id}").json.attachments_count == 1
        ada.get("/api/v1/purchases/${kettle.id}/files/${answer.json.id}").json == answer.json

        and: 'downloads go through the files API'
        ada.download("/api/v1/uploads/${answer.json.id}/download").body() == RECEIPT
    }

    def "the same receipt attached to two purchases is stored once and freed with its last attachment"() {
        given: 'content no other feature uploads'
        byte[] content = "Receipt ${UUID.randomUUID()}".getBytes('UTF-8')
        def first = attach(kettle, 'receipt', content).json
        def second = attach(toaster, 'photo', content).json
        def hash = hashOf(content)

        expect:
        first.id != second.id
        first.file_hash == second.file_hash
        blobs.exists(BlobKey.content(hash))

        when:
        ada.send('DELETE', "/api/v1/purchases/${kettle.id}")

        then: 'the other purchase still has its copy'
        ada.get("/api/v1/uploads/${first.id}").status == 404
        ada.download("/api/v1/uploads/${second.id}/download").body() == content
        blobs.exists(BlobKey.content(hash))

        when:
        ada.send('DELETE', "/api/v1/purchases/${toaster.id}/files/${second.id}")

        then:
        ada.get("/api/v1/uploads/${second.id}").status == 404
        !blobs.exists(BlobKey.content(hash))
    }

    def "an uploaded file is attached by id, and detaching leaves it in the user's files"() {
        given:
        def upload = ada.upload('manual.txt', 'Read me first'.bytes, 'text/plain').json

        when:
        def attached = ada.send('POST', "/api/v1/purchases/${kettle.id}/files", [file_id: upload.id, file_type: 'manual'])

        then:
        attached.status == 201
        attached.json.id == upload.id
        attached.json.file_type == 'manual'
        ada.send('POST', "/api/v1/purchases/${kettle.id}/files", [file_id: upload.id, file_type: 'other']).json.error_code ==
                'ALREADY_ATTACHED'
        ada.send('POST', "/api/v1/purchases/${toaster.id}/files", [file_id: upload.id, file_type: 'manual']).status == 201

        when:
        def detached = ada.send('DELETE', "/api/v1/purchases/${kettle.id}/files/${upload.id}")

        then:
        detached.status == 204
        ada.get("/api/v1/purchases/${kettle.id}/files/${upload.id}").status == 404
        ada.get("/api/v1/purchases/${kettle.id}").json.attachments_count == 0
        ada.get("/api/v1/uploads/${upload.id}").status == 200
        ada.get("/api/v1/purchases/${toaster.id}/files").json.items*.id == [upload.id]
    }

    def "a file uploaded for one purchase and attached to another stays until its last attachment goes"() {
        given:
        def receipt = attach(kettle, 'receipt').json
        ada.send('POST', "/api/v1/purchases/${toaster.id}/files", [file_id: receipt.id, file_type: 'receipt'])

        when:
        ada.send('DELETE', "/api/v1/purchases/${kettle.id}")

        then:
        ada.get("/api/v1/uploads/${receipt.id}").status == 200

        when:
        ada.send('DELETE', "/api/v1/purchases/${toaster.id}/files/${receipt.id}")

        then:
        ada.get("/api/v1/uploads/${receipt.id}").status == 404
    }

    def "attachments are listed oldest first with the shared envelope"() {
        given:
        def receipt = attach(kettle, 'receipt', 'one'.bytes, 'one.txt').json
        def manual = attach(kettle, 'MANUAL', 'two'.bytes, 'two.txt').json
        attach(toaster, 'photo', 'three'.bytes, 'three.txt')

        when:
        def list = ada.get("/api/v1/purchases/${kettle.id}/files").json

        then:
        list.items*.id == [receipt.id, manual.id]
        list.items*.file_type == ['receipt', 'manual']
        list.total == 2
        ada.get("/api/v1/purchases/${kettle.id}/files?size=1&page=2").json.items*.id == [manual.id]
    }

    def "a file_type that is #problem answers 422 and stores nothing"() {
        when:
        def answer = attach(kettle, type)

        then:
        answer.status == 422
        answer.json.field_errors.keySet() == ['file_type'] as Set
        ada.get('/api/v1/uploads').json.total == 0

        where:
        problem   | type
        'missing' | null
        'unknown' | 'invoice'
    }

    def "attaching another user's file or an unknown one answers 422"() {
        given:
        def bob = ApiClient.newUser(ada.http)
        def bobsFile = bob.upload('bob.txt', 'bob'.bytes, 'text/plain').json

        expect:
        ada.send('POST', "/api/v1/purchases/${kettle.id}/files", [file_id: bobsFile.id, file_type: 'receipt']).json.field_errors ==
                [file_id: ['File not found']]
        ada.send('POST', "/api/v1/purchases/${kettle.id}/files", [file_id: UUID.randomUUID().toString(), file_type: 'receipt'])
                .status == 422
        ada.send('POST', "/api/v1/purchases/${kettle.id}/files", [file_type: 'receipt']).status == 422
    }

    def "another user's purchase attachments are not found"() {
        given:
        def bob = ApiClient.newUser(ada.http)
        def bobsPurchase = bob.send('POST', '/api/v1/purchases', [product_name: 'B', price: 1, purchase_date: '2024-01-01']).json
        def bobsReceipt = bob.multipart("/api/v1/purchases/${bobsPurchase.id}/files", [file_type: 'receipt'], 'r.txt',
                new ByteArrayInputStream('bob receipt'.bytes), 'text/plain').json

        expect:
        ada.get("/api/v1/purchases/${bobsPurchase.id}/files").status == 404
        ada.get("/api/v1/purchases/${bobsPurchase.id}/files/${bobsReceipt.id}").status == 404
        ada.send('DELETE', "/api/v1/purchases/${bobsPurchase.id}/files/${bobsReceipt.id}").status == 404
        ada.get("/api/v1/purchases/${kettle.id}/files/${bobsReceipt.id}").status == 404
        bob.get("/api/v1/purchases/${bobsPurchase.id}/files").json.total == 1
    }

    def "the files rules apply to attachments: an executable sent as an image is refused"() {
        given:
        byte[] executable = ('MZ' + '\u0000' * 300).getBytes('ISO-8859-1')

        when:
        def answer = ada.multipart("/api/v1/purchases/${kettle.id}/files", [file_type: 'photo'], 'photo.png',
                new ByteArrayInputStream(executable), 'image/png')

        then:
        answer.status == 415
        ada.get("/api/v1/purchases/${kettle.id}").json.attachments_count == 0
    }
}
