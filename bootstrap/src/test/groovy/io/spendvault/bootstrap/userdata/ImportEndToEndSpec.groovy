package io.spendvault.bootstrap.userdata

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.time.LocalDate

import static io.spendvault.bootstrap.testsupport.ZipArchives.unzip
import static io.spendvault.bootstrap.testsupport.ZipArchives.zipOf

/** Imports over HTTP: each format, the Spends Tracker sample, dry runs, re-imports, partial errors, exact round trips. */
@MicronautTest(transactional = false)
class ImportEndToEndSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    ApiClient ada

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
    }

    /** Records of every kind with every field set, three currency scales, Unicode and formula-looking text. */
    private static void recordEverything(ApiClient user) {
        assert user.send('PUT', '/api/v1/settings', [currency_code: 'KWD', date_format: 'YYYY-MM-DD']).status == 200
        def shop = user.send('POST', '/api/v1/retailers', [name: 'Bäckerei Müller', url: 'https://example.com/b']).json
        def maker = user.send('POST', '/api/v1/brands', [name: '=cmd|calc', url: 'https://example.com/m']).json
        user.send('POST', '/api/v1/brands', [name: 'Unused brand'])
        def kettle = user.send('POST', '/api/v1/purchases', [product_name: 'Wasserkocher ☕ 日本', price: '99999999999999.99',
                currency_code: 'EUR', purchase_date: '2024-02-29', category: '@home', retailer_id: shop.id, brand_id: maker.id,
                notes: "tab\there, \"quotes\", comma, new\nline", tax_deductible: true, model_number: '+1-555',
                serial_number: '-SN', retailer_order_number: '=1+2', quantity: 3, link: 'https://example.com/k?a=1&b=2',
                return_deadline: '2024-03-30', return_policy: '30 days', tags: ['küche', 'gift', '=x']]).json
        def yen = user.send('POST', '/api/v1/purchases', [product_name: 'Ramen', price: '1200', currency_code: 'JPY',
                purchase_date: '2023-12-31']).json
        user.send('POST', '/api/v1/purchases', [product_name: 'Dinar', price: '0.125', currency_code: 'KWD',
                purchase_date: '2022-01-01', tags: []])
        def active = user.send('POST', '/api/v1/warranties', [purchase_id: kettle.id, warranty_start: '2024-03-01',
                warranty_end: '2027-02-28', warranty_type: 'manufacturer', provider: 'Acme ✓', notes: '+extended']).json
        assert active.id != null
        def voided = user.send('POST', '/api/v1/warranties', [purchase_id: yen.id, warranty_end: '2025-01-01', status: 'VOIDED']).json
        assert voided.status == 'VOIDED'
        def receipt = user.multipart("/api/v1/purchases/${kettle.id}/files", [file_type: 'receipt'], 'Quittung März.txt',
                new ByteArrayInputStream('Quittung ☕ 99999999999999.99 €'.getBytes('UTF-8')), 'text/plain').json
        assert user.send('PUT', "/api/v1/uploads/${receipt.id}", [filename: 'renamed receipt.txt', description: 'the one']).status == 200
        def library = user.upload('manual.txt', 'the manual, shared'.getBytes('UTF-8'), 'text/plain', '=desc').json
        assert user.send('POST', "/api/v1/purchases/${yen.id}/files", [file_id: library.id, file_type: 'manual']).status == 201
        user.upload('loose.txt', 'a file of its own'.getBytes('UTF-8'), 'text/plain')
    }

    private RawHttp.Answer importing(ApiClient user, String format, byte[] content, String query = '') {
        user.multipart("/api/v1/import/${format}${query}", [:], "import.${format}", new ByteArrayInputStream(content),
                'application/octet-stream')
    }

    /**
     * The document with every id replaced by what identifies its record without one, arrays in a stable
     * order, and the moment of the export removed: what must survive a round trip unchanged.
     */
    private static Map normalised(Map document) {
        Map<String, String> names = [:]
        document.retailers.each { names[it.id] = 'retailer:' + it.name }
        document.brands.each { names[it.id] = 'brand:' + it.name }
        document.purchases.each { names[it.id] = 'purchase:' + it.product_name + '@' + it.created_at }
        document.warranties.each { names[it.id] = 'warranty:' + it.warranty_end + '@' + it.created_at }
        document.files.each { names[it.id] = 'file:' + it.original_filename + '@' + it.upload_date }
        def renamed = { value -> value instanceof String && names.containsKey(value) ? names[value] : value }
        def copy = document.findAll { it.key != 'exported_at' }.collectEntries { key, value ->
            [key, value instanceof List ? value.collect { it instanceof Map ? it.collectEntries { k, v -> [k, renamed(v)] } : it }
                    .sort { JsonOutput.toJson(it) } : value]
        }
        copy
    }

    def "export json, reset, import json and export json again gives the same document but for ids and the moment"() {
        given:
        recordEverything(ada)
        def before = new JsonSlurper().parse(ada.download('/api/v1/export/json').body()) as Map
        def exported = ada.download('/api/v1/export/json').body()
        assert ada.send('POST', '/api/v1/data/reset-all', [password: ApiClient.PASSWORD]).status == 200

        when:
        def report = importing(ada, 'json', exported)
        def after = new JsonSlurper().parse(ada.download('/api/v1/export/json').body()) as Map

        then:
        report.status == 200
        report.json.purchases_added == 3
        report.json.warranties_added == 2
        report.json.retailers_added == 1
        report.json.brands_added == 2
        report.json.files_added == 0
        // a JSON file carries no contents: its files are reported, and their attachments with them
        report.json.errors*.location == ['files[0]', 'files[1]', 'files[2]', 'attachments[0]', 'attachments[1]']
        report.json.errors.take(3).every { it.message.contains('ZIP') }

        and: 'all but files and attachments is exactly as it was'
        def withoutFiles = { Map document -> normalised(document).findAll { !(it.key in ['files', 'attachments']) } }
        withoutFiles(after) == withoutFiles(before)
        after.purchases*.id.intersect(before.purchases*.id).isEmpty()
    }

    def "export zip, reset, import zip and export zip again gives the same document and every file's bytes"() {
        given:
        recordEverything(ada)
        def archive = ada.download('/api/v1/export/zip').body()
        def before = unzip(archive)
        assert ada.send('POST', '/api/v1/data/reset-all', [password: ApiClient.PASSWORD]).status == 200

        when:
        def report = importing(ada, 'zip', archive)
        def after = unzip(ada.download('/api/v1/export/zip').body())
        def documentBefore = new JsonSlurper().parse(before['export.json']) as Map
        def documentAfter = new JsonSlurper().parse(after['export.json']) as Map

        then:
        report.status == 200
        report.json.errors == []
        report.json.files_added == 3
        report.json.files_deduplicated == 0
        normalised(documentAfter) == normalised(documentBefore)

        and: 'each file has its bytes, found under its new id'
        def contents = { Map<String, byte[]> entries, Map document ->
            document.files.collectEntries { file ->
                def entry = entries.find { it.key.startsWith("files/${file.id}/") }
                [file.original_filename, new String(entry.value, 'UTF-8')]
            }
        }
        contents(after, documentAfter) == contents(before, documentBefore)
        contents(after, documentAfter).size() == 3
    }

    def "importing the same export twice adds nothing the second time"() {
        given:
        recordEverything(ada)
        def archive = ada.download('/api/v1/export/zip').body()
        def other = ApiClient.newUser(new RawHttp(server.URI))

        when:
        def first = importing(other, 'zip', archive).json
        def second = importing(other, 'zip', archive).json

        then:
        first.purchases_added == 3
        first.files_added == 3
        second.purchases_added == 0
        second.purchases_skipped_duplicate == 3
        second.warranties_added == 0
        second.retailers_added == 0
        second.brands_added == 0
        second.files_added == 0
        second.files_deduplicated == 3
        second.errors == []
        other.get('/api/v1/purchases').json.total == 3
        other.get('/api/v1/warranties').json.total == 2
        other.get('/api/v1/uploads').json.total == 3
    }

    def "a dry run counts exactly what the import would do and writes nothing"() {
        given:
        recordEverything(ada)
        def archive = ada.download('/api/v1/export/zip').body()
        def other = ApiClient.newUser(new RawHttp(server.URI))

        when:
        def dry = importing(other, 'zip', archive, '?dry_run=true').json

        then:
        dry.dry_run == true
        other.get('/api/v1/purchases').json.total == 0
        other.get('/api/v1/retailers').json.total == 0
        other.get('/api/v1/uploads').json.total == 0
        other.get('/api/v1/settings').json.currency_code == 'USD'

        when:
        def real = importing(other, 'zip', archive).json

        then:
        real.dry_run == false
        real.findAll { it.key != 'dry_run' } == dry.findAll { it.key != 'dry_run' }
    }

    def "the Spends Tracker format imports with its own ids, 0/1 booleans, comma tags and vendors listed after the purchases"() {
        given:
        ada.send('POST', '/api/v1/retailers', [name: 'corner shop'])
        def sample = JsonOutput.toJson([
                purchases: [
                        [id: 1, product_name: 'Headphones', price: '149.99', purchase_date: '2024-05-04', category: 'Electronics',
                         retailer_id: 7, brand_id: 3, tax_deductible: 1, tags: 'audio, travel', warranty_expiry: '2026-05-04',
                         notes: 'Noise cancelling', model_number: 'WH-1000', serial_number: 'X1', quantity: 1],
                        [id: 2, product_name: 'Coffee', price: 3.5, purchase_date: '2024-05-05', tax_deductible: 0, retailer_id: 7]],
                retailers: [[id: 7, name: 'Corner Shop', url: 'https://example.com/corner']],
                brands   : [[id: 3, name: 'Sonic']]])

        when:
        def report = importing(ada, 'json', sample.getBytes('UTF-8'))
        def purchases = ada.get('/api/v1/purchases?sort_by=purchase_date&sort_order=asc').json.items

        then:
        report.status == 200
        report.json.purchases_added == 2
        report.json.retailers_added == 0 // "Corner Shop" is the user's "corner shop"
        report.json.brands_added == 1
        report.json.warranties_added == 1
        report.json.errors == []
        purchases*.product_name == ['Headphones', 'Coffee']
        purchases*.price == ['149.99', '3.50']
        purchases*.currency_code == ['USD', 'USD']
        purchases*.tax_deductible == [true, false]
        purchases[0].tags == ['audio', 'travel']
        purchases*.retailer*.name == ['corner shop', 'corner shop']
        purchases[0].brand.name == 'Sonic'
        purchases[0].warranty_expiry == '2026-05-04'
    }

    def "invalid records are skipped and named by their place, the rest imported"() {
        given:
        def document = JsonOutput.toJson([format   : 'spendvault-export', version: 1,
                                          purchases: [[id: 'a', product_name: 'Good', price: '10', purchase_date: '2024-01-01'],
                                                      [id: 'b', product_name: 'Bad price', price: 'ten', purchase_date: '2024-01-01'],
                                                      [id: 'c', product_name: '', price: '1', purchase_date: '2024-01-01', retailer_id: 'nope'],
                                                      [id: 'd', product_name: 'Next month', price: '1', purchase_date: LocalDate.now().plusDays(30).toString()]],
                                          warranties: [[purchase_id: 'a', warranty_end: '2020-01-01', warranty_start: '2021-01-01'],
                                                       [purchase_id: 'zzz', warranty_end: '2030-01-01']]])

        when:
        def report = importing(ada, 'json', document.getBytes('UTF-8')).json

        then:
        report.purchases_added == 1
        report.purchases_skipped_future_date == 1
        report.warranties_added == 0
        report.errors.find { it.location == 'purchases[1]' }.field == 'price'
        report.errors.findAll { it.location == 'purchases[2]' }*.field.contains('retailer_id')
        report.errors.find { it.location == 'warranties[0]' }.field == 'warranty_end'
        report.errors.find { it.location == 'warranties[1]' }.field == 'purchase_id'
        ada.get('/api/v1/purchases').json.items*.product_name == ['Good']
    }

    def "a CSV export imports with vendors by name and its formula-safe cells restored; unknown columns are one clear error"() {
        given:
        recordEverything(ada)
        def csv = ada.download('/api/v1/export/csv').body()
        def other = ApiClient.newUser(new RawHttp(server.URI))

        when:
        def report = importing(other, 'csv', csv).json
        def kettle = other.get('/api/v1/purchases?search=Wasserkocher').json.items[0]

        then:
        report.purchases_added == 3
        report.retailers_added == 1
        report.brands_added == 1
        report.warranties_added == 1 // the kettle's current warranty (the other one is voided)
        report.errors == []
        kettle.price == '99999999999999.99'
        kettle.model_number == '+1-555'
        kettle.serial_number == '-SN'
        kettle.retailer_order_number == '=1+2'
        kettle.category == '@home'
        kettle.notes == "tab\there, \"quotes\", comma, new\nline"
        kettle.tags == ['küche', 'gift', '=x']
        kettle.brand.name == '=cmd|calc'
        kettle.retailer.name == 'Bäckerei Müller'
        kettle.quantity == 3

        when:
        def unknown = importing(other, 'csv', 'product_name,price,purchase_date,colour\r\nX,1,2024-01-01,red\r\n'.getBytes('UTF-8'))

        then:
        unknown.status == 422
        unknown.json.field_errors.file[0].contains('Unknown columns: colour')
        other.get('/api/v1/purchases').json.total == 3
    }

    def "a CSV row that cannot be read is reported by its line"() {
        when:
        def report = importing(ada, 'csv', ('\uFEFFproduct_name,price,purchase_date,quantity\r\n' +
                'Fine,1.50,2024-01-01,2\r\n' +
                'Broken,1.50,01/02/2024,x\r\n').getBytes('UTF-8')).json

        then:
        report.purchases_added == 1
        report.errors*.location == ['line 3', 'line 3']
        report.errors*.field as Set == ['purchase_date', 'quantity'] as Set
    }

    def "a document that is not what its route reads is refused whole, and nothing of it is imported"() {
        expect:
        with(importing(ada, format, content.getBytes('UTF-8'))) {
            status == 422
            json.field_errors.file != null
        }
        ada.get('/api/v1/purchases').json.total == 0

        where:
        format | content
        'json' | '{"purchases": [{"product_name": "Half", "price": "1", "purchase_date": "2024-01-01"}, {"product_name": '
        'json' | '[1, 2, 3]'
        'json' | '{"purchases": 42}'
        'zip'  | 'not a zip at all'
        'csv'  | 'id,purchase_id,product_name,warranty_start,warranty_end,warranty_type,provider,notes,status,effective_status,created_at,updated_at\r\n'
    }

    def "a ZIP whose entries would unpack outside its folder, or whose content does not match its hash, is refused"() {
        given:
        def document = JsonOutput.toJson([format: 'spendvault-export', version: 1,
                                          files : [[id: 'f1', filename: 'a.txt', original_filename: 'a.txt',
                                                    file_hash: 'sha256:' + 'ab' * 32]]]).getBytes('UTF-8')

        when:
        def slip = importing(ada, 'zip', zipOf(['export.json': document, '../../etc/evil.txt': 'x'.bytes]))

        then:
        slip.status == 422
        slip.json.field_errors.file[0].contains('outside its folder')

        when:
        def tampered = importing(ada, 'zip', zipOf(['export.json': document, 'files/f1/a.txt': 'other bytes'.bytes]))

        then:
        tampered.status == 200
        tampered.json.files_added == 0
        tampered.json.errors == [[location: 'files[0]', field: 'file_hash', message: 'The content of files/f1/a.txt does not match its file_hash']]
        ada.get('/api/v1/uploads').json.total == 0
    }

    def "a zip bomb is refused before it is unpacked"() {
        given:
        def bomb = zipOf(['export.json': '{}'.bytes, 'files/x/zeros.bin': new byte[50 * 1024 * 1024]])

        when:
        def answer = importing(ada, 'zip', bomb)

        then:
        bomb.length < 1024 * 1024
        answer.status == 422
        answer.json.field_errors.file[0].contains('zip bomb')
    }

    def "imports need a token"() {
        expect:
        new RawHttp(server.URI).send('POST', '/api/v1/import/json', '{}', ['Content-Type': 'multipart/form-data; boundary=x']).status == 401
    }
}
