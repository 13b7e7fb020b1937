package io.spendvault.bootstrap.userdata

import groovy.json.JsonOutput
import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.security.MessageDigest

import static io.spendvault.bootstrap.testsupport.ZipArchives.zipOf

/** The configurable limits of imports, set low: each refuses the whole import and leaves nothing behind. */
@MicronautTest(transactional = false)
@Property(name = 'spendvault.import.max-upload-size', value = '20000')
@Property(name = 'spendvault.import.max-zip-entries', value = '4')
@Property(name = 'spendvault.import.max-uncompressed-size', value = '12000')
@Property(name = 'spendvault.import.max-csv-rows', value = '3')
@Property(name = 'spendvault.files.quota', value = '100')
class ImportLimitsSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    ApiClient ada

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
    }

    private RawHttp.Answer importing(String format, byte[] content) {
        ada.multipart("/api/v1/import/${format}", [:], "import.${format}", new ByteArrayInputStream(content), 'application/octet-stream')
    }

    private static String csvOf(int rows) {
        'product_name,price,purchase_date\r\n' + (1..rows).collect { "Item $it,1,2024-01-01\r\n" }.join('')
    }

    def "an upload over the limit is refused with 413"() {
        when:
        def answer = importing('json', ('{"purchases": [], "padding": "' + 'x' * 30_000 + '"}').bytes)

        then:
        answer.status == 413
        answer.json.error_code == 'PAYLOAD_TOO_LARGE'
    }

    def "a CSV file over the row limit is refused with 413 and none of its rows is kept"() {
        expect:
        importing('csv', csvOf(3).bytes).json.purchases_added == 3

        when:
        def answer = importing('csv', csvOf(4).bytes)

        then:
        answer.status == 413
        ada.get('/api/v1/purchases').json.total == 3
    }

    def "a ZIP with too many entries or too much to unpack is refused with 413"() {
        expect:
        importing('zip', zipOf((1..5).collectEntries { ["files/$it/a.txt".toString(), 'x'.bytes] } + ['export.json': '{}'.bytes])).status == 413
        importing('zip', zipOf(['export.json': '{}'.bytes, 'files/a/big.txt': ('y' * 13_000).bytes])).status == 413
    }

    def "a file over the user's quota is an error entry, and the rest of the import goes in"() {
        given:
        def big = ('z' * 200).bytes
        def hash = 'sha256:' + MessageDigest.getInstance('SHA-256').digest(big).encodeHex()
        def document = JsonOutput.toJson([format   : 'spendvault-export', version: 1,
                                          purchases: [[id: 'p', product_name: 'Kept', price: '1', purchase_date: '2024-01-01']],
                                          files    : [[id: 'f', filename: 'big.txt', original_filename: 'big.txt', file_hash: hash]]])

        when:
        def answer = importing('zip', zipOf(['export.json': document.bytes, 'files/f/big.txt': big]))

        then:
        answer.status == 200
        answer.json.purchases_added == 1
        answer.json.files_added == 0
        answer.json.errors*.location == ['files[0]']
        answer.json.errors[0].field == 'file'
        ada.get('/api/v1/uploads').json.total == 0
    }
}
