package io.spendvault.bootstrap.contract

import groovy.json.JsonOutput
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.identity.port.UserRepository
import jakarta.inject.Inject
import spock.lang.Shared

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/**
 * Fuzzing as a test: every documented operation gets hostile path, query, body and multipart values, from
 * a seeded generator so that a failure reproduces ({@code -Dfuzz.seed=…}, {@code -Dfuzz.rounds=…}). Whatever
 * is sent, the server never answers 5xx, never shows a stack trace or a Java class name, answers every
 * 4xx in the error format, and answers only statuses the operation documents (a path value that is not
 * an id may also miss the route: 404 or 405).
 */
@MicronautTest(transactional = false)
class ApiFuzzSpec extends PostgresSpecification {

    static final long SEED = Long.getLong('fuzz.seed', 20261202L)
    static final int ROUNDS = Integer.getInteger('fuzz.rounds', 40)
    static final List<String> LEAKS = ['\tat ', 'Exception', 'io.spendvault.', 'java.', 'org.postgresql', 'micronaut', 'PSQL',
                                       'SQLState', 'NullPointer']

    @Shared
    OpenApiDocument doc = OpenApiDocument.load()

    @Inject
    EmbeddedServer server

    @Inject
    UserRepository users

    @Inject
    Transactions transactions

    def "no hostile request gets a 5xx, a leak, an undocumented status or an error outside the error format"() {
        given:
        def random = new Random(SEED)
        def ada = ApiClient.newUser(new RawHttp(server.URI))
        def ids = fixtures(ada)
        def client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
        def statuses = new TreeMap<Integer, Integer>()
        def failures = []
        int sent = 0

        when: 'logging out comes last, so that the fuzzing user keeps a live session until then'
        doc.operations().sort { it.path == '/api/v1/auth/logout' ? 1 : 0 }.each { operation ->
            ROUNDS.times { round ->
                def request = hostileRequest(operation, random, ids, ada.token, round)
                def answer = send(client, request)
                sent++
                statuses.merge(answer.status, 1, Integer::sum)
                def problem = judge(operation, request, answer)
                if (problem) {
                    failures << "$operation [${request.what}] -> $answer.status: $problem\n    ${abbreviate(answer.body)}"
                }
            }
        }
        println "ApiFuzzSpec seed=$SEED rounds=$ROUNDS: $sent requests, statuses $statuses, " +
                "5xx ${statuses.findAll { it.key >= 500 }.values().sum(0)}, failures ${failures.size()}"

        then:
        failures.isEmpty() || { failures.take(25).each { println it }; false }()
        sent >= doc.operations().size() * ROUNDS
    }

    def "a NUL in any text of any operation is refused in the error format, never stored and never a 5xx"() {
        given: 'every path value, query value, JSON field, multipart part and file name of every operation, one at a time'
        def ada = ApiClient.newUser(new RawHttp(server.URI))
        def ids = fixtures(ada)
        def client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
        and: 'administration routes are sent by an administrator, or they would stop at 403 before reading anything'
        def root = ApiClient.newAdmin(new RawHttp(server.URI), users, transactions)
        def requests = doc.operations().findAll { it.path != '/api/v1/auth/logout' }.collectMany {
            nulRequests(it, ids, it.path.startsWith('/api/v1/admin/') ? root.token : ada.token)
        }
        def failures = []

        when:
        requests.each { request ->
            def answer = send(client, request)
            def problem = answer.status in [400, 401, 422] ? judge(request.operation as OpenApiDocument.Operation, request, answer)
                    : neutralisedFileName(request, answer) ? null
                    : "answered $answer.status"
            if (problem) {
                failures << "${request.operation} [${request.what}] -> $answer.status: $problem\n    ${abbreviate(answer.body)}"
            }
        }
        println "ApiFuzzSpec NUL: ${requests.size()} requests, failures ${failures.size()}"

        then:
        failures.isEmpty() || { failures.take(40).each { println it }; false }()
        requests.size() > 150
    }

    /**
     * The multipart decoder turns a NUL in a part's header into a space before the application sees it, so a
     * file name cannot arrive with one: such an upload is accepted, and nothing stored holds a NUL.
     */
    private static boolean neutralisedFileName(Map request, Map answer) {
        if (request.what != 'multipart filename' || answer.status != 201) {
            return false
        }
        def json = new groovy.json.JsonSlurper().parseText(answer.body as String)
        def names = [json.filename, json.original_filename]
        names.every { it instanceof String && !it.contains('\u0000') }
    }

    private List<Map> nulRequests(OpenApiDocument.Operation operation, Map ids, String token) {
        List<Map> requests = []
        def headers = ['Authorization': "Bearer $token"]
        ids = idsFor(operation, ids)
        String path = operation.path
        operation.parameters('path').each { path = path.replace("{${it.name}}", ids[it.name as String] as String) }
        def base = server.URI.toString()
        operation.parameters('path').each { parameter ->
            String poisoned = operation.path
            operation.parameters('path').each {
                poisoned = poisoned.replace("{${it.name}}", it.name == parameter.name ? 'a%00b' : ids[it.name as String] as String)
            }
            requests << [operation: operation, method: operation.method, uri: base + poisoned, headers: headers, body: validBody(operation, ids),
                         what: "path ${parameter.name}", pathMutated: true]
        }
        operation.parameters('query').each { parameter ->
            requests << [operation: operation, method: operation.method, uri: base + path + "?${parameter.name}=a%00b", headers: headers,
                         body: validBody(operation, ids), what: "query ${parameter.name}", pathMutated: false]
        }
        Map properties = doc.resolve(operation.jsonRequestSchema())?.properties as Map ?: [:]
        properties.keySet().each { String field ->
            def fields = properties.keySet().collectEntries { [(it): example(it as String, ids)] }.findAll { it.value != null }
            fields[field] = 'a\u0000b'
            requests << [operation: operation, method: operation.method, uri: base + path,
                         headers: headers + ['Content-Type': 'application/json'], body: JsonOutput.toJson(fields).getBytes('UTF-8'),
                         what: "json $field", pathMutated: false]
        }
        if (operation.multipartRequestSchema() != null) {
            def parts = (doc.resolve(operation.multipartRequestSchema()).properties as Map).keySet().findAll { it != 'file' }
            (parts + ['filename']).each { poisoned ->
                def boundary = 'nul-' + poisoned
                def text = new StringBuilder()
                parts.each { name ->
                    text << "--$boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n"
                    text << (name == poisoned ? 'a\u0000b' : name == 'file_type' ? 'receipt' : 'a description') << '\r\n'
                }
                text << "--$boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                        (poisoned == 'filename' ? 'scan\u0000.txt' : 'scan.txt') + "\"\r\nContent-Type: text/plain\r\n\r\nreceipt text\r\n--$boundary--\r\n"
                requests << [operation: operation, method: operation.method, uri: base + path,
                             headers: headers + ['Content-Type': "multipart/form-data; boundary=$boundary".toString()],
                             body: text.toString().getBytes('UTF-8'), what: "multipart $poisoned", pathMutated: false]
            }
        }
        requests
    }

    /** A body the operation accepts (so that only the poisoned value can be wrong), or none. */
    private byte[] validBody(OpenApiDocument.Operation operation, Map ids) {
        Map properties = doc.resolve(operation.jsonRequestSchema())?.properties as Map
        properties == null ? null : JsonOutput.toJson(properties.keySet().collectEntries { [(it): example(it as String, ids)] }
                .findAll { it.value != null }).getBytes('UTF-8')
    }

    /** One request of each kind in turn: a hostile path value, query value, JSON field, whole body or multipart part. */
    private Map hostileRequest(OpenApiDocument.Operation operation, Random random, Map ids, String token, int round) {
        ids = idsFor(operation, ids)
        String path = operation.path
        String what = 'valid'
        boolean pathMutated = false
        operation.parameters('path').each { parameter ->
            String value = ids[parameter.name as String] ?: 'x'
            if (round % 5 == 0) {
                value = pick(random, HostileInput.URL_VALUES) ?: 'x'
                what = "path ${parameter.name}=$value"
                pathMutated = true
            }
            path = path.replace("{${parameter.name}}", value)
        }
        def query = []
        operation.parameters('query').each { parameter ->
            if (round % 5 == 1 && random.nextBoolean()) {
                def value = pick(random, HostileInput.URL_VALUES)
                query << "${parameter.name}=$value"
                what = "query ${parameter.name}=$value"
            }
        }
        if (round % 5 == 1 && random.nextInt(4) == 0) {
            query << "${pick(random, ['%00', 'a%00b', '%E2%80%AE'])}=1"
            what = 'query name'
        }
        String contentType = null
        byte[] body = null
        if (operation.jsonRequestSchema() != null) {
            contentType = 'application/json'
            String json = jsonBody(operation, random, ids, round)
            what = round % 5 == 3 ? 'whole body' : round % 5 == 2 ? 'json fields' : what
            body = json.getBytes('UTF-8')
        } else if (operation.multipartRequestSchema() != null) {
            def boundary = "fuzz-${random.nextInt(1_000_000)}"
            contentType = "multipart/form-data; boundary=$boundary"
            body = multipartBody(operation, random, boundary, round)
            what = 'multipart'
        }
        Map<String, String> headers = [:]
        if (operation.security()) {
            headers.Authorization = round % 13 == 7 ? pick(random, ['Bearer ', 'Bearer x.y.z', 'Bearer \u00ff', 'Basic Zm9v',
                                                                     "Bearer $token$token"]) : "Bearer $token"
            if (round % 13 == 7) {
                what = "token ${headers.Authorization.take(12)}"
            }
        }
        if (contentType) {
            headers['Content-Type'] = contentType
        }
        [method: operation.method, uri: server.URI.toString() + path + (query ? '?' + query.join('&') : ''), headers: headers,
         body: body, what: what, pathMutated: pathMutated]
    }

    private String jsonBody(OpenApiDocument.Operation operation, Random random, Map ids, int round) {
        if (round % 5 == 3) {
            return pick(random, HostileInput.bodies())
        }
        Map properties = doc.resolve(operation.jsonRequestSchema())?.properties as Map ?: [:]
        def fields = properties.keySet().collectEntries { [(it): JsonOutput.toJson(example(it as String, ids))] }
        if (round % 5 == 2) {
            int mutations = 1 + random.nextInt(Math.max(1, fields.size()))
            mutations.times {
                def name = fields ? pick(random, fields.keySet() as List) : 'unknown'
                fields[name] = pick(random, HostileInput.VALUES)
            }
            if (random.nextInt(10) == 0) {
                fields[pick(random, ['\\u0000', '', 'a' * 300])] = '1'
            }
        }
        '{' + fields.collect { name, value -> "${JsonOutput.toJson(name)}: $value" }.join(', ') + '}'
    }

    private byte[] multipartBody(OpenApiDocument.Operation operation, Random random, String boundary, int round) {
        def out = new ByteArrayOutputStream()
        def text = { String s -> out.write(s.getBytes('UTF-8')) }
        def hostile = { String value -> new groovy.json.JsonSlurper().parseText("[${pick(random, HostileInput.VALUES)}]")[0]?.toString() ?: value }
        (doc.resolve(operation.multipartRequestSchema()).properties as Map).keySet().findAll { it != 'file' }.each { name ->
            String value = name == 'file_type' ? 'receipt' : 'a description'
            if (round % 2 == 0) {
                value = hostile(value)
            }
            text("--$boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n")
        }
        String filename = round % 3 == 0 ? hostile('scan.txt') : 'scan.txt'
        filename = filename.replace('"', '%22').replace('\r', '').replace('\n', '')
        text("--$boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"$filename\"\r\nContent-Type: text/plain\r\n\r\n")
        text(round % 4 == 0 ? '' : 'receipt text ' * (1 + random.nextInt(100)))
        text("\r\n--$boundary--\r\n")
        if (round % 7 == 0) {
            return 'not a multipart body at all'.getBytes('UTF-8')
        }
        if (round % 7 == 5) {
            return pick(random, HostileInput.multipartBodies(boundary))
        }
        out.toByteArray()
    }

    private static Map send(HttpClient client, Map request) {
        def builder = HttpRequest.newBuilder(URI.create(request.uri as String)).timeout(Duration.ofSeconds(30))
                .method(request.method as String, request.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body as byte[]))
        (request.headers as Map).each { name, value ->
            try {
                builder.header(name as String, value as String)
            } catch (IllegalArgumentException ignored) {
                // a header value the JDK client will not send; the request goes without it
            }
        }
        def response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString())
        [status: response.statusCode(), body: response.body() ?: '', contentType: response.headers().firstValue('Content-Type').orElse('')]
    }

    private String judge(OpenApiDocument.Operation operation, Map request, Map answer) {
        int status = answer.status as int
        String body = answer.body
        if (status >= 500) {
            return 'server error'
        }
        def leak = LEAKS.find { body.contains(it) && !(status < 300 && operation.path.contains('prometheus')) }
        if (leak) {
            return "leaks '$leak'"
        }
        if (status >= 400) {
            if (!(answer.contentType as String).startsWith('application/json')) {
                return 'error is not JSON'
            }
            def json
            try {
                json = new groovy.json.JsonSlurper().parseText(body)
            } catch (ignored) {
                return 'error body is not JSON'
            }
            if (!(json instanceof Map) || !(json.detail instanceof String) || !(json.error_code instanceof String)) {
                return 'error body is not {detail, error_code}'
            }
        }
        def allowed = operation.statuses() + (request.pathMutated ? [404, 405] : []) + (operation.path.contains('health') ? [200, 503] : [])
        if (!(status in allowed)) {
            return "status $status is not documented (documented: ${operation.statuses()})"
        }
        null
    }

    /** The ids and keys the documented path parameters name, all of them the fuzzing user's. */
    private Map fixtures(ApiClient ada) {
        def retailer = ada.send('POST', '/api/v1/retailers', [name: 'Fuzz Shop']).json
        def brand = ada.send('POST', '/api/v1/brands', [name: 'Fuzz Brand']).json
        def purchase = ada.send('POST', '/api/v1/purchases', [product_name: 'Fuzzed', price: '9.99', purchase_date: '2024-01-02']).json
        def warranty = ada.send('POST', '/api/v1/warranties', [purchase_id: purchase.id, warranty_end: '2030-01-01']).json
        def file = ada.upload('fuzz.txt', 'fuzz content'.bytes, 'text/plain').json
        ada.send('POST', "/api/v1/purchases/${purchase.id}/files", [file_id: file.id, file_type: 'receipt'])
        [id: purchase.id, purchase_id: purchase.id, file_id: file.id, key: 'currency_code', retailer_id: retailer.id,
         brand_id: brand.id, warranty_id: warranty.id, file: file.id, user_id: ada.get('/api/v1/users/me').json.id]
    }

    /** The fixture ids with {@code id} naming the resource of the operation's path (a brand for /brands/{id}, …). */
    private static Map idsFor(OpenApiDocument.Operation operation, Map ids) {
        def resource = operation.path.split('/')[3]
        ids + [id: [brands: ids.brand_id, retailers: ids.retailer_id, uploads: ids.file_id, warranties: ids.warranty_id,
                    purchases: ids.purchase_id, admin: ids.user_id][resource] ?: ids.id]
    }

    private static Object example(String field, Map ids) {
        [product_name: 'Fuzz', price: '1.00', purchase_date: '2024-01-02', currency_code: 'EUR', purchase_id: ids.purchase_id,
         warranty_end: '2030-01-01', warranty_start: '2024-01-02', name: 'Fuzz Vendor ' + UUID.randomUUID(), file_id: ids.file_id,
         file_type: 'receipt', username: 'fuzz_' + UUID.randomUUID().toString().take(8), email: 'fuzz@example.com',
         password: 'a long fuzzing passphrase', new_password: 'another long passphrase', current_password: 'wrong',
         token: 'not-a-token', refresh_token: 'not.a.token', tags: ['fuzz'], quantity: 1, tax_deductible: false,
         date_format: 'YYYY-MM-DD', status: 'ACTIVE', retailer_id: ids.retailer_id, brand_id: ids.brand_id][field]
    }

    private static <T> T pick(Random random, List<T> values) {
        values[random.nextInt(values.size())]
    }

    private static String abbreviate(String text) {
        text.length() > 300 ? text.take(300) + '…' : text
    }
}
