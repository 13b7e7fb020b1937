package io.spendvault.bootstrap.contract

import io.micronaut.management.endpoint.EndpointSensitivityProcessor
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.security.annotation.Secured
import io.micronaut.security.rules.SecurityRule
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.web.router.Router
import io.micronaut.web.router.UriRouteInfo
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.identity.port.UserRepository
import jakarta.inject.Inject
import spock.lang.Shared

import java.time.LocalDate

/**
 * The OpenAPI document against the running application: the same routes, the same security, the statuses
 * each route can give, and bodies whose property names are exactly the wire's, both ways (requests are
 * built from the documented names, responses are checked against the documented schemas).
 */
@MicronautTest(transactional = false) // the spec makes an administrator the server must see
class OpenApiContractSpec extends PostgresSpecification {

    static final Map<String, List<String>> TEMPLATE_EXPANSIONS = ['/api/v1/health/{selector}': ['/api/v1/health/liveness',
                                                                                                 '/api/v1/health/readiness']]

    @Shared
    OpenApiDocument doc = OpenApiDocument.load()

    @Inject
    Router router

    @Inject
    EndpointSensitivityProcessor endpoints

    @Inject
    EmbeddedServer server

    @Inject
    UserRepository users

    @Inject
    Transactions transactions

    def "every route is documented, and every documented operation is a route"() {
        given:
        Set<String> routed = apiRoutes().keySet()
        Set<String> documented = doc.operations().collect { it.toString() } as Set

        expect:
        routed - documented == [] as Set
        documented - routed == [] as Set
    }

    def "a route that needs a token documents bearer and cookie as alternatives; an open route documents none"() {
        expect:
        apiRoutes().every { String operation, UriRouteInfo route ->
            def (method, path) = operation.split(' ', 2)
            def documented = doc.operation(method, path).security()
            boolean open = isOpen(route)
            assert documented == (open ? [] as Set : ['bearer', 'cookie'] as Set): "$operation: open=$open, documented $documented"
            true
        }
    }

    def "every operation says what it does, documents a success, and the errors its shape can give"() {
        expect:
        doc.operations().every { operation ->
            def statuses = operation.statuses()
            assert operation.spec.summary: "$operation says nothing of what it does (a javadoc on the route gives its summary)"
            assert statuses.any { it in 200..299 }: "$operation documents no success"
            if (operation.security()) {
                assert 401 in statuses: "$operation needs a token but does not document 401"
            }
            if ((operation.security() && operation.path != '/api/v1/prometheus' && !operation.path.startsWith('/api/v1/health'))
                    || operation.path.startsWith('/api/v1/auth/')) {
                assert 429 in statuses: "$operation is rate-limited but does not document 429"
            }
            assert 422 in statuses: "$operation lacks 422, which any query or path value with control characters gets"
            if (operation.parameters('path').any { it.schema?.format == 'uuid' }) {
                assert [404, 422].every { it in statuses }: "$operation has an id in its path but lacks 404 or 422"
            }
            if (operation.jsonRequestSchema() != null) {
                assert [400, 413, 422].every { it in statuses }: "$operation takes JSON but lacks 400, 413 or 422"
            }
            if (operation.multipartRequestSchema() != null) {
                assert [413, 415, 422, 507].every { it in statuses }: "$operation takes an upload but lacks 413, 415, 422 or 507"
            }
            if (operation.parameters('query').any { it.schema?.minimum != null || it.schema?.enum || it.schema?.format }) {
                assert 422 in statuses: "$operation has checked query values but does not document 422"
            }
            // health answers DOWN with its own body (503); every other error has the error body
            statuses.findAll { it >= 400 && !operation.path.startsWith('/api/v1/health') }.each { status ->
                def schema = operation.responseSchema(status)
                assert schema?.'$ref' == '#/components/schemas/ApiError': "$operation answers $status without the error body"
            }
            true
        }
    }

    def "every analytics answer is documented with an example of each of its own values"() {
        given:
        def analytics = doc.operations().findAll { it.method == 'GET' && it.path.startsWith('/api/v1/analytics/') }
        def missing = []

        when:
        analytics.each { operation -> examplesMissing(operation.responseSchema(200), "$operation", missing, [] as Set) }

        then:
        analytics.size() == 13
        missing == []
    }

    /** Properties of the analytics answers (ids and shared shapes aside) without an example. */
    private void examplesMissing(Map schema, String at, List missing, Set seen) {
        String name = schema?.'$ref' ? (schema.'$ref' as String).substring('#/components/schemas/'.length()) : null
        if (name != null && (!name.startsWith('AnalyticsResponses.') || !seen.add(name))) {
            return // the purchase and warranty shapes are documented where they are defined
        }
        Map resolved = doc.resolve(schema)
        (resolved?.properties as Map)?.each { String property, Map value ->
            Map target = doc.resolve(value)
            if (target.type == 'array') {
                examplesMissing(target.items as Map, "$at.$property[]", missing, seen)
            } else if (value.'$ref' || target.properties) {
                examplesMissing(value, "$at.$property", missing, seen)
            } else if (value.example == null && value.format != 'uuid') {
                missing << "$at.$property".toString()
            }
        }
    }

    def "multipart part names are the wire's"() {
        expect:
        doc.resolve(doc.operation('POST', '/api/v1/uploads').multipartRequestSchema()).properties.keySet() == ['file', 'description'] as Set
        doc.resolve(doc.operation('POST', '/api/v1/purchases/{purchase_id}/files').multipartRequestSchema()).properties.keySet() ==
                ['file_type', 'file'] as Set
    }

    def "request bodies built from the documented property names are read by the server, and every answer conforms"() {
        given: 'a user, and a body for every documented request property'
        def http = new RawHttp(server.URI)
        def ada = ApiClient.newUser(http)
        def retailer = ada.send('POST', '/api/v1/retailers', body('POST', '/api/v1/retailers', [name: 'Shop', url: 'https://shop.example']))
        def brand = ada.send('POST', '/api/v1/brands', body('POST', '/api/v1/brands', [name: 'Acme', url: 'https://acme.example']))
        def purchaseValues = [product_name: 'Kettle', price: '25.90', currency_code: 'EUR', purchase_date: '2024-02-01',
                              category: 'Kitchen', retailer_id: retailer.json.id, brand_id: brand.json.id, notes: 'gift',
                              tax_deductible: true, model_number: 'K-1', serial_number: 'SN-1', retailer_order_number: 'O-1',
                              quantity: 2, link: 'https://shop.example/kettle', return_deadline: '2024-03-01',
                              return_policy: '30 days', tags: ['kitchen', 'gift'], warranty_expiry: '2027-02-01']

        when:
        def purchase = ada.send('POST', '/api/v1/purchases', body('POST', '/api/v1/purchases', purchaseValues))

        then: 'every sent field came back under the same name'
        conforms('POST', '/api/v1/purchases', purchase, 201)
        purchaseValues.every { name, value -> purchase.json[name] == value }

        when:
        def warrantyValues = [purchase_id: purchase.json.id, warranty_start: '2024-02-01', warranty_end: '2029-02-01',
                              warranty_type: 'extended', provider: 'Acme Care', notes: 'card in the box', status: 'ACTIVE']
        def warranty = ada.send('POST', '/api/v1/warranties', body('POST', '/api/v1/warranties', warrantyValues))
        def upload = ada.upload('receipt.txt', 'paid 25.90'.bytes, 'text/plain', 'kettle receipt')
        def attached = ada.send('POST', "/api/v1/purchases/${purchase.json.id}/files",
                body('POST', '/api/v1/purchases/{purchase_id}/files', [file_id: upload.json.id, file_type: 'receipt']))

        then:
        conforms('POST', '/api/v1/warranties', warranty, 201)
        warrantyValues.every { name, value -> warranty.json[name] == value }
        conforms('POST', '/api/v1/uploads', upload, 201)
        conforms('POST', '/api/v1/purchases/{purchase_id}/files', attached, 201)
        attached.json.file_type == 'receipt'

        when: 'the updates, each built from its documented properties'
        def updates = [
                ['PATCH', "/api/v1/purchases/${purchase.json.id}", '/api/v1/purchases/{id}',
                 purchaseValues.findAll { it.key != 'warranty_expiry' } + [notes: 'changed']], // two warranties now
                ['PUT', "/api/v1/warranties/${warranty.json.id}", '/api/v1/warranties/{id}', warrantyValues + [provider: 'Other']],
                ['PATCH', "/api/v1/retailers/${retailer.json.id}", '/api/v1/retailers/{id}', [name: 'Corner Shop', url: null]],
                ['PUT', "/api/v1/brands/${brand.json.id}", '/api/v1/brands/{id}', [name: 'Acme Ltd', url: 'https://acme.example/ltd']],
                ['PATCH', "/api/v1/uploads/${upload.json.id}", '/api/v1/uploads/{id}', [filename: 'kettle.txt', description: null]],
                ['PUT', '/api/v1/settings', '/api/v1/settings', [currency_code: 'JPY', date_format: 'YYYY-MM-DD']],
                ['PATCH', '/api/v1/users/me', '/api/v1/users/me', [username: ada.username.toUpperCase(), email: "${ada.username}@example.org".toString()]],
        ]
        def answers = updates.collect { method, path, template, values -> [template, values, ada.send(method, path, body(method, template, values)), method] }

        then:
        answers.every { template, values, answer, method ->
            assert conforms(method, template, answer, 200)
            values.every { name, value -> assert answer.json[name] == value: "$method $template: $name"; true }
        }

        when: 'every read, including the lists and the errors'
        def reads = [
                ['/api/v1/purchases', '/api/v1/purchases?sort_by=price&sort_order=asc', 200],
                ['/api/v1/purchases/{id}', "/api/v1/purchases/${purchase.json.id}", 200],
                ['/api/v1/purchases/{id}', "/api/v1/purchases/${UUID.randomUUID()}", 404],
                ['/api/v1/purchases/{id}', '/api/v1/purchases/not-an-id', 422],
                ['/api/v1/purchases/{purchase_id}/files', "/api/v1/purchases/${purchase.json.id}/files", 200],
                ['/api/v1/purchases/{purchase_id}/files/{file_id}', "/api/v1/purchases/${purchase.json.id}/files/${upload.json.id}", 200],
                ['/api/v1/warranties', '/api/v1/warranties?status=active', 200],
                ['/api/v1/warranties/expiring', '/api/v1/warranties/expiring?days=365', 200],
                ['/api/v1/warranties/{id}', "/api/v1/warranties/${warranty.json.id}", 200],
                ['/api/v1/retailers', '/api/v1/retailers', 200],
                ['/api/v1/retailers/{id}', "/api/v1/retailers/${retailer.json.id}", 200],
                ['/api/v1/brands', '/api/v1/brands?search=acme', 200],
                ['/api/v1/brands/{id}', "/api/v1/brands/${brand.json.id}", 200],
                ['/api/v1/uploads', '/api/v1/uploads?sort_by=file_size', 200],
                ['/api/v1/uploads/{id}', "/api/v1/uploads/${upload.json.id}", 200],
                ['/api/v1/uploads/{id}/url', "/api/v1/uploads/${upload.json.id}/url", 200],
                ['/api/v1/uploads/{id}/thumbnail', "/api/v1/uploads/${upload.json.id}/thumbnail", 404],
                ['/api/v1/settings', '/api/v1/settings', 200],
                ['/api/v1/settings/{key}', '/api/v1/settings/date_format', 200],
                ['/api/v1/settings/{key}', '/api/v1/settings/theme', 404],
                ['/api/v1/users/me', '/api/v1/users/me', 200],
                ['/api/v1/admin/users', '/api/v1/admin/users', 403],
                ['/api/v1/health', '/api/v1/health', 200],
                ['/api/v1/health/readiness', '/api/v1/health/readiness', 200],
        ]

        then:
        reads.every { template, path, status -> conforms('GET', template, ada.get(path), status) }

        when:
        def admin = ApiClient.newAdmin(http, users, transactions)
        def login = http.postJson('/api/v1/auth/login', body('POST', '/api/v1/auth/login',
                [username: admin.username, password: ApiClient.PASSWORD, cookie: false]))

        then:
        conforms('POST', '/api/v1/auth/login', login, 200)
        login.json.user.role == 'admin'
        conforms('GET', '/api/v1/admin/users', http.get('/api/v1/admin/users', [Authorization: "Bearer ${login.json.access_token}"]), 200)
        conforms('GET', '/api/v1/purchases', http.get('/api/v1/purchases'), 401)
    }

    def "the sort and filter values the document lists are accepted, and one it does not list is refused"() {
        given:
        def ada = ApiClient.newUser(new RawHttp(server.URI))

        expect:
        [['/api/v1/purchases', 'sort_by'], ['/api/v1/purchases', 'sort_order'], ['/api/v1/uploads', 'sort_by'],
         ['/api/v1/uploads', 'sort_order'], ['/api/v1/warranties', 'status']].every { path, name ->
            def values = doc.operation('GET', path).parameters('query').find { it.name == name }.schema.enum
            assert values: "$path documents no values for $name"
            values.every { value -> assert ada.get("$path?$name=$value").status == 200: "$path?$name=$value"; true }
            assert ada.get("$path?$name=undocumented").status == 422
            true
        }
    }

    /** A JSON body of {@code values}, each of which must be a documented property of the operation's request body. */
    private Map body(String method, String template, Map values) {
        def schema = doc.resolve(doc.operation(method, template).jsonRequestSchema())
        assert schema != null: "$method $template documents no JSON body"
        def undocumented = values.keySet() - (schema.properties as Map).keySet()
        assert undocumented.isEmpty(): "$method $template: $undocumented are sent but not documented"
        if (method == 'POST' && template in ['/api/v1/purchases', '/api/v1/warranties']) {
            def unsent = (schema.properties as Map).keySet() - values.keySet()
            assert unsent.isEmpty(): "$method $template: documented $unsent are never sent by this spec"
        }
        values
    }

    private boolean conforms(String method, String template, RawHttp.Answer answer, int expected) {
        def operation = doc.operation(method, template)
        assert answer.status == expected: "$operation answered $answer"
        assert answer.status in operation.statuses(): "$operation answered an undocumented $answer.status"
        def schema = operation.responseSchema(answer.status)
        if (schema != null) {
            def problems = doc.problems(schema, answer.json)
            assert problems.isEmpty(): "$operation $answer.status: $problems"
        }
        true
    }

    /** The routes under /api/, as "METHOD path" with the document's path syntax. */
    private Map<String, UriRouteInfo> apiRoutes() {
        Map<String, UriRouteInfo> routes = [:]
        router.uriRoutes().findAll { it.uriMatchTemplate.toString().startsWith('/api/') && it.httpMethodName != 'HEAD' }.each { route ->
            String template = route.uriMatchTemplate.toString().replace('{+', '{')
            (TEMPLATE_EXPANSIONS[template] ?: [template]).each { routes["${route.httpMethodName} $it".toString()] = route }
        }
        routes
    }

    private boolean isOpen(UriRouteInfo route) {
        def secured = route.annotationMetadata.stringValues(Secured) as List
        if (secured) {
            return secured == [SecurityRule.IS_ANONYMOUS]
        }
        def sensitive = endpoints.endpointMethods.find { method, flag -> method == route.targetMethod.executableMethod }?.value
        assert sensitive != null: "$route has neither @Secured nor an endpoint's sensitivity"
        !sensitive
    }
}
