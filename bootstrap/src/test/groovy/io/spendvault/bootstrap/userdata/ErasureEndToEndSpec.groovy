package io.spendvault.bootstrap.userdata

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

/** Starting over and leaving, over HTTP: the caller's data goes, another user's stays, shared content too. */
@MicronautTest(transactional = false)
class ErasureEndToEndSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    @Inject
    BlobStore blobs

    ApiClient ada
    ApiClient grace
    byte[] shared
    byte[] adaOnly

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
        grace = ApiClient.newUser(new RawHttp(server.URI))
        shared = "the same receipt ${UUID.randomUUID()}".getBytes('UTF-8')
        adaOnly = "ada's own ${UUID.randomUUID()}".getBytes('UTF-8')
        record(ada)
        ada.upload('mine.txt', adaOnly, 'text/plain')
        record(grace)
    }

    /** A retailer, a brand, a purchase with a warranty and an attached receipt, and the user's settings. */
    private void record(ApiClient user) {
        def shop = user.send('POST', '/api/v1/retailers', [name: 'Shop']).json
        def maker = user.send('POST', '/api/v1/brands', [name: 'Maker']).json
        def kettle = user.send('POST', '/api/v1/purchases', [product_name: 'Kettle', price: 25, purchase_date: '2024-03-01',
                retailer_id: shop.id, brand_id: maker.id]).json
        assert user.send('POST', '/api/v1/warranties', [purchase_id: kettle.id, warranty_end: '2027-01-01']).status == 201
        assert user.multipart("/api/v1/purchases/${kettle.id}/files", [file_type: 'receipt'], 'receipt.txt',
                new ByteArrayInputStream(shared), 'text/plain').status == 201
        assert user.send('PUT', '/api/v1/settings', [currency_code: 'EUR']).status == 200
    }

    private boolean stored(byte[] content) {
        blobs.open(BlobKey.content(ContentHash.of(MessageDigest.getInstance('SHA-256').digest(content)))).isPresent()
    }

    private static void hasEverything(ApiClient user) {
        assert user.get('/api/v1/purchases').json.total == 1
        assert user.get('/api/v1/warranties').json.total == 1
        assert user.get('/api/v1/retailers').json.total == 1
        assert user.get('/api/v1/settings').json.currency_code == 'EUR'
    }

    def "reset-all deletes the caller's data and unshared contents, keeps the account and leaves another user alone"() {
        when:
        def answer = ada.send('POST', '/api/v1/data/reset-all', [password: ApiClient.PASSWORD])

        then:
        answer.status == 200
        answer.json.success == true
        answer.json.message != null
        answer.json.details == [purchases_deleted: 1, warranties_deleted: 1, retailers_deleted: 1, brands_deleted: 1,
                                files_deleted: 2, blobs_deleted: 1]
        ada.get('/api/v1/purchases').json.total == 0
        ada.get('/api/v1/warranties').json.total == 0
        ada.get('/api/v1/retailers').json.total == 0
        ada.get('/api/v1/brands').json.total == 0
        ada.get('/api/v1/uploads').json.total == 0
        ada.get('/api/v1/settings').json.currency_code == 'USD'
        ada.get('/api/v1/users/me').status == 200
        !stored(adaOnly)

        and: "grace keeps all of hers, also the receipt whose content ada's was"
        hasEverything(grace)
        stored(shared)
        grace.download("/api/v1/uploads/${grace.get('/api/v1/uploads').json.items[0].id}/download").body() == shared
    }

    def "a wrong password deletes nothing (400), a missing one is invalid (422), no token is 401"() {
        expect:
        with(ada.send('POST', '/api/v1/data/reset-all', [password: 'not my password'])) {
            status == 400
            json.error_code == 'PASSWORD_INCORRECT'
        }
        with(ada.send('POST', '/api/v1/data/reset-all', [:])) {
            status == 422
            json.field_errors.keySet() == ['password'] as Set
        }
        ada.send('DELETE', '/api/v1/users/me', [password: 'not my password']).status == 400
        new RawHttp(server.URI).postJson('/api/v1/data/reset-all', [password: ApiClient.PASSWORD]).status == 401
        new RawHttp(server.URI).send('DELETE', '/api/v1/users/me', '{"password":"x"}', ['Content-Type': 'application/json']).status == 401
        hasEverything(ada)
        ada.get('/api/v1/uploads').json.total == 2
    }

    def "deleting the account ends its sessions at once, frees its name and leaves another user's shared content"() {
        when:
        def answer = ada.send('DELETE', '/api/v1/users/me', [password: ApiClient.PASSWORD])

        then:
        answer.status == 204
        answer.text == ''
        with(ada.get('/api/v1/users/me')) {
            status == 401
        }
        ada.get('/api/v1/purchases').status == 401
        new RawHttp(server.URI).postJson('/api/v1/auth/login', [username: ada.username, password: ApiClient.PASSWORD]).status == 401
        !stored(adaOnly)
        stored(shared)
        hasEverything(grace)

        and: 'the name can be registered again, by someone new with nothing in it'
        def again = new RawHttp(server.URI).postJson('/api/v1/auth/register',
                [username: ada.username, email: "${ada.username}@example.com", password: ApiClient.PASSWORD])
        again.status == 201
    }
}
