package io.spendvault.bootstrap.userdata

import groovy.json.JsonSlurper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.bootstrap.testsupport.ZipArchives
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.port.BlobStore
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat

import java.security.MessageDigest
import java.time.LocalDate
import java.time.ZoneOffset

/** Exports over HTTP: every format, every field, the caller's data only, streamed, failing loudly. */
@MicronautTest(transactional = false)
class ExportEndToEndSpec extends PostgresSpecification {

    static final byte[] RECEIPT = 'Quittung: 1 Wasserkocher, 25,00 €\n'.getBytes('UTF-8')
    static final byte[] PHOTO = 'not really a photo, but bytes all the same'.getBytes('UTF-8')

    @Inject
    EmbeddedServer server

    @Inject
    BlobStore blobs

    ApiClient ada
    ApiClient grace
    Map shop
    Map kettle
    Map lamp
    Map warranty
    Map receipt

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
        grace = ApiClient.newUser(new RawHttp(server.URI))
        assert ada.send('PUT', '/api/v1/settings', [currency_code: 'EUR', date_format: 'DD/MM/YYYY']).status == 200
        shop = ada.send('POST', '/api/v1/retailers', [name: 'Bäckerei Müller', url: 'https://example.com/shop']).json as Map
        def maker = ada.send('POST', '/api/v1/brands', [name: '=HYPERLINK("evil")']).json as Map
        kettle = ada.send('POST', '/api/v1/purchases', [product_name: 'Wasserkocher ☕', price: '1245.50', currency_code: 'EUR',
                purchase_date: '2024-03-01', category: 'Küche', retailer_id: shop.id, brand_id: maker.id,
                notes: "line one\nline \"two\", with comma", tax_deductible: true, model_number: '+49-MODEL',
                serial_number: '@SN-1', retailer_order_number: '-42', quantity: 2, link: 'https://example.com/kettle',
                return_deadline: '2024-03-31', return_policy: '30 days', tags: ['kitchen', 'gift']]).json as Map
        lamp = ada.send('POST', '/api/v1/purchases', [product_name: 'Lamp', price: '1200', currency_code: 'JPY',
                purchase_date: '2024-04-01']).json as Map
        ada.send('POST', '/api/v1/purchases', [product_name: 'Dinar thing', price: '1.234', currency_code: 'KWD',
                purchase_date: '2024-05-01'])
        warranty = ada.send('POST', '/api/v1/warranties', [purchase_id: kettle.id, warranty_end: '2027-03-01',
                warranty_type: 'manufacturer', provider: 'Acme', notes: '=1+1']).json as Map
        receipt = ada.multipart("/api/v1/purchases/${kettle.id}/files", [file_type: 'receipt'], 'Quittung März.txt',
                new ByteArrayInputStream(RECEIPT), 'text/plain').json as Map
        ada.upload('../photo.txt', PHOTO, 'text/plain', 'a photo')
        grace.send('POST', '/api/v1/purchases', [product_name: 'Not yours', price: 1, purchase_date: '2024-01-01'])
        grace.upload('secret.txt', 'grace only'.getBytes('UTF-8'), 'text/plain')
    }

    def "the JSON export holds every field of every record of the caller, and nothing of another user"() {
        when:
        def answer = ada.download('/api/v1/export/json')
        def document = new JsonSlurper().parse(answer.body())
        Map kettle = this.kettle, shop = this.shop, warranty = this.warranty, receipt = this.receipt // with { } reads its delegate first

        then:
        answer.statusCode() == 200
        answer.headers().firstValue('Content-Type').get().startsWith('application/json')
        answer.headers().firstValue('Content-Disposition').get().contains(
                "filename=\"spendvault-${ada.username}-${LocalDate.now(ZoneOffset.UTC)}.json\"")
        answer.headers().firstValue('Cache-Control').get().contains('no-store')
        document.format == 'spendvault-export'
        document.version == 1
        document.exported_at != null
        document.user == [username: ada.username, email: "${ada.username}@example.com".toString()]
        document.settings == [currency_code: 'EUR', date_format: 'DD/MM/YYYY']
        document.retailers*.name == ['Bäckerei Müller']
        document.retailers[0].url == 'https://example.com/shop'
        document.brands*.name == ['=HYPERLINK("evil")']
        document.purchases*.product_name == ['Wasserkocher ☕', 'Lamp', 'Dinar thing']
        document.purchases*.price == ['1245.50', '1200', '1.234']
        with(document.purchases[0]) {
            id == kettle.id
            currency_code == 'EUR'
            purchase_date == '2024-03-01'
            category == 'Küche'
            retailer_id == shop.id
            notes == "line one\nline \"two\", with comma"
            tax_deductible == true
            model_number == '+49-MODEL'
            serial_number == '@SN-1'
            retailer_order_number == '-42'
            quantity == 2
            link == 'https://example.com/kettle'
            return_deadline == '2024-03-31'
            return_policy == '30 days'
            tags == ['kitchen', 'gift']
            created_at == kettle.created_at
            updated_at == kettle.updated_at
        }
        document.purchases[1].category == null
        document.purchases[1].tags == []
        document.warranties.size() == 1
        with(document.warranties[0]) {
            id == warranty.id
            purchase_id == kettle.id
            warranty_start == '2024-03-01'
            warranty_end == '2027-03-01'
            warranty_type == 'manufacturer'
            provider == 'Acme'
            notes == '=1+1'
            status == 'ACTIVE'
        }
        document.files*.original_filename.sort() == ['../photo.txt', 'Quittung März.txt']
        with(document.files.find { it.id == receipt.id }) {
            filename == receipt.filename
            content_type == 'text/plain'
            file_size == RECEIPT.length
            file_hash == ContentHash.of(MessageDigest.getInstance('SHA-256').digest(RECEIPT)).prefixed()
            upload_date == receipt.upload_date
        }
        document.attachments == [[purchase_id: kettle.id, file_id: receipt.id, file_type: 'receipt',
                                  uploaded_for_purchase: true, attached_at: receipt.attached_at]]
        !answer.body().toString().contains('Not yours')
    }

    def "the CSV export has the documented header, quotes what needs it and neutralises formula cells"() {
        when:
        def answer = ada.download('/api/v1/export/csv')
        def text = new String(answer.body(), 'UTF-8')
        def records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
        def header = records.headerNames
        def rows = records.records
        Map kettle = this.kettle

        then:
        answer.statusCode() == 200
        answer.headers().firstValue('Content-Type').get().startsWith('text/csv')
        answer.headers().firstValue('Content-Disposition').get().contains('.csv"')
        header == ['id', 'product_name', 'price', 'currency_code', 'purchase_date', 'category', 'retailer_id', 'brand_id',
                   'notes', 'tax_deductible', 'model_number', 'serial_number', 'retailer_order_number', 'quantity', 'link',
                   'return_deadline', 'return_policy', 'tags', 'created_at', 'updated_at', 'retailer_name', 'brand_name',
                   'warranty_end', 'attachments_count']
        text.contains('\r\n')
        rows.size() == 3
        with(rows[0]) {
            get('id') == kettle.id
            get('product_name') == 'Wasserkocher ☕'
            get('price') == '1245.50'
            get('notes') == "line one\nline \"two\", with comma"
            get('tax_deductible') == 'true'
            get('model_number') == "'+49-MODEL"
            get('serial_number') == "'@SN-1"
            get('retailer_order_number') == "'-42"
            get('tags') == 'kitchen,gift'
            get('retailer_name') == 'Bäckerei Müller'
            get('brand_name') == "'=HYPERLINK(\"evil\")"
            get('warranty_end') == '2027-03-01'
            get('attachments_count') == '1'
            get('return_deadline') == '2024-03-31'
        }
        rows[1].get('price') == '1200'
        rows[1].get('category') == ''
        rows*.get('product_name').every { it != 'Not yours' }
    }

    def "the warranties export as CSV with type=warranties; another type is refused"() {
        when:
        def answer = ada.download('/api/v1/export/csv?type=warranties')
        def records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(answer.body(), 'UTF-8')))
        def header = records.headerNames
        def rows = records.records

        then:
        header == ['id', 'purchase_id', 'product_name', 'warranty_start', 'warranty_end', 'warranty_type', 'provider',
                   'notes', 'status', 'effective_status', 'created_at', 'updated_at']
        rows.size() == 1
        rows[0].get('purchase_id') == kettle.id
        rows[0].get('product_name') == 'Wasserkocher ☕'
        rows[0].get('notes') == "'=1+1"
        rows[0].get('status') == 'ACTIVE'

        when:
        def refused = ada.get('/api/v1/export/csv?type=files')

        then:
        refused.status == 422
        refused.json.error_code == 'VALIDATION_FAILED'
        refused.json.field_errors.keySet() == ['type'] as Set
    }

    def "the ZIP export holds the JSON, both CSV files, every file's bytes and a manifest that checks them"() {
        when:
        def answer = ada.download('/api/v1/export/zip')
        Map<String, byte[]> entries = ZipArchives.unzip(answer.body())
        def manifest = new JsonSlurper().parse(entries['manifest.json'])
        def photoId = new JsonSlurper().parse(entries['export.json']).files.find { it.original_filename == '../photo.txt' }.id

        then:
        answer.statusCode() == 200
        answer.headers().firstValue('Content-Type').get() == 'application/zip'
        answer.headers().firstValue('Content-Disposition').get().contains('.zip"')
        entries.keySet() as List == ['export.json', 'purchases.csv', 'warranties.csv',
                                     "files/${receipt.id}/${receipt.filename}".toString(), "files/${photoId}/photo.txt".toString(),
                                     'manifest.json']
        entries["files/${receipt.id}/${receipt.filename}".toString()] == RECEIPT
        entries["files/${photoId}/photo.txt".toString()] == PHOTO
        entries.keySet().every { !it.contains('..') && !it.startsWith('/') }
        manifest.entries*.name as Set == (entries.keySet() - 'manifest.json')
        manifest.entries.every { entry ->
            def bytes = entries[entry.name]
            entry.size == bytes.length && entry.sha256 == MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
        }
        new JsonSlurper().parse(entries['export.json']).purchases.size() == 3
        new String(entries['purchases.csv'], 'UTF-8').startsWith('id,product_name,price')
    }

    def "a file whose content cannot be read breaks the transfer instead of ending it like a complete archive"() {
        given:
        blobs.delete(BlobKey.content(ContentHash.of(MessageDigest.getInstance('SHA-256').digest(PHOTO))))

        when:
        boolean complete
        try {
            complete = readsToTheEnd(ada.download('/api/v1/export/zip').body())
        } catch (IOException cutOff) {
            complete = false
        }

        then:
        !complete

        cleanup:
        ada.upload('photo again.txt', PHOTO, 'text/plain') // puts the blob back for other specs sharing the store
    }

    def "an export needs a token"() {
        expect:
        new RawHttp(server.URI).get("/api/v1/export/$format").status == 401

        where:
        format << ['json', 'csv', 'zip']
    }

    /** Whether the bytes are a ZIP archive with its central directory: a cut-off transfer is not. */
    private static boolean readsToTheEnd(byte[] body) {
        try {
            def file = File.createTempFile('export', '.zip')
            file.bytes = body
            new java.util.zip.ZipFile(file).withCloseable { true }
        } catch (IOException ignored) {
            false
        }
    }
}
