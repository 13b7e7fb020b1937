package io.spendvault.bootstrap.spending

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

/** Retailers and brands through HTTP; both routes share one implementation, so every feature runs on both. */
@MicronautTest
class VendorsEndToEndSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    ApiClient ada

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
    }

    def "#path: create, read, update and delete"() {
        when:
        def created = ada.send('POST', path, [name: 'Hardware Hub', url: 'https://hardware.example'])

        then:
        created.status == 201
        created.json.keySet() == ['id', 'name', 'url', 'created_at', 'updated_at'] as Set
        created.json.name == 'Hardware Hub'
        ada.get("$path/${created.json.id}").json.url == 'https://hardware.example'

        when: 'an update changes only what it sends (PUT and PATCH alike)'
        def updated = ada.send('PUT', "$path/${created.json.id}", [name: 'Hardware Hub Ltd'])

        then:
        updated.status == 200
        updated.json.name == 'Hardware Hub Ltd'
        updated.json.url == 'https://hardware.example'

        when: 'null clears the URL'
        def cleared = ada.send('PATCH', "$path/${created.json.id}", [url: null])

        then:
        cleared.status == 200
        cleared.json.name == 'Hardware Hub Ltd'
        cleared.json.url == null

        when: 'the name cannot be cleared; every bad field is named'
        def refused = ada.send('PATCH', "$path/${created.json.id}", [name: null, url: 'ftp://x'])

        then:
        refused.status == 422
        refused.json.field_errors.keySet() == ['name', 'url'] as Set
        ada.get("$path/${created.json.id}").json.name == 'Hardware Hub Ltd'

        when:
        def deleted = ada.send('DELETE', "$path/${created.json.id}")

        then:
        deleted.status == 204
        ada.get("$path/${created.json.id}").status == 404

        where:
        path << ['/api/v1/retailers', '/api/v1/brands']
    }

    def "#path: a name taken in any case answers 409; the other kind may use it"() {
        given:
        ada.send('POST', path, [name: 'Acme'])

        expect:
        ada.send('POST', path, [name: 'ACME']).status == 409
        ada.send('POST', path, [name: 'ACME']).json.error_code == 'NAME_TAKEN'
        ada.send('POST', other, [name: 'acme']).status == 201

        where:
        path                | other
        '/api/v1/retailers' | '/api/v1/brands'
        '/api/v1/brands'    | '/api/v1/retailers'
    }

    def "#path: invalid #field answers 422"() {
        expect:
        with(ada.send('POST', path, body)) {
            status == 422
            json.field_errors.containsKey(field)
        }

        where:
        path                | body                                     | field
        '/api/v1/retailers' | [name: '']                               | 'name'
        '/api/v1/retailers' | [name: 'x' * 256]                        | 'name'
        '/api/v1/retailers' | [name: 'Shop', url: 'ftp://shop.example'] | 'url'
        '/api/v1/brands'    | [name: 'Brand', url: 'javascript:alert(1)'] | 'url'
        '/api/v1/brands'    | [name: 'Brand', url: 'https://' + 'x' * 250] | 'url'
    }

    def "#path: another user's entry is not found on every route"() {
        given:
        def id = ada.send('POST', path, [name: 'Mine']).json.id
        def grace = ApiClient.newUser(ada.http)

        expect:
        grace.get("$path/$id").status == 404
        grace.send('PUT', "$path/$id", [name: 'Stolen']).status == 404
        grace.send('DELETE', "$path/$id").status == 404
        grace.get(path).json.total == 0
        ada.get("$path/$id").json.name == 'Mine'

        where:
        path << ['/api/v1/retailers', '/api/v1/brands']
    }

    def "lists are sorted by name, searchable and paginated"() {
        given:
        ['Zeta Store', 'alpha market', 'Beta Shop', '100% Deals'].each { ada.send('POST', '/api/v1/retailers', [name: it]) }

        expect:
        ada.get('/api/v1/retailers').json.items*.name == ['100% Deals', 'alpha market', 'Beta Shop', 'Zeta Store']
        ada.get('/api/v1/retailers?search=SHOP').json.items*.name == ['Beta Shop']
        ada.get('/api/v1/retailers?search=%25').json.items*.name == ['100% Deals']
        ada.get('/api/v1/retailers?size=2&page=2').json.subMap(['items', 'total', 'pages']) ==
                [items: ada.get('/api/v1/retailers?size=2&page=2').json.items, total: 4, pages: 2]
        ada.get('/api/v1/retailers?size=0').status == 422
        ada.http.get('/api/v1/retailers').status == 401
    }
}
