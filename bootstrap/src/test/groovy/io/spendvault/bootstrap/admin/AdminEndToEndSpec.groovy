package io.spendvault.bootstrap.admin

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.identity.port.UserRepository
import jakarta.inject.Inject

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * The administrators' API over HTTP against the real database. The specs share one database, so every
 * feature works with accounts it creates and compares counts before and after.
 */
@MicronautTest(transactional = false)
class AdminEndToEndSpec extends PostgresSpecification {

    @Inject EmbeddedServer server
    @Inject UserRepository users
    @Inject Transactions transactions

    RawHttp http
    ApiClient admin

    def setup() {
        http = new RawHttp(server.URI)
        admin = ApiClient.newAdmin(http, users, transactions)
    }

    private Map account(ApiClient user) {
        def found = admin.get("/api/v1/admin/users?search=${user.username}").json
        assert found.total == 1
        found.items[0] as Map
    }

    def "every admin route answers 401 without a token and 403 to a user"() {
        given:
        def user = ApiClient.newUser(http)
        def id = account(user).id

        expect:
        [['GET', '/api/v1/admin/users'], ['GET', "/api/v1/admin/users/$id"], ['PUT', "/api/v1/admin/users/$id"],
         ['PATCH', "/api/v1/admin/users/$id"], ['GET', '/api/v1/admin/stats'], ['GET', '/api/v1/admin/audit']].every { method, path ->
            def anonymous = http.send(method, path, method in ['PUT', 'PATCH'] ? '{"role":"admin"}' : null, ['Content-Type': 'application/json'])
            def asUser = user.send(method, path, method in ['PUT', 'PATCH'] ? [role: 'admin'] : null)
            anonymous.status == 401 && asUser.status == 403 && asUser.json.error_code == 'FORBIDDEN'
        }
        account(user).role == 'user'
    }

    def "the list shows each account with its uploads, bytes and purchases, and finds it by text, role and activity"() {
        given:
        def ada = ApiClient.newUser(http)
        ada.upload('receipt.txt', 'twelve bytes'.bytes)
        2.times { ada.send('POST', '/api/v1/purchases', [product_name: 'Kettle', price: '25.00', purchase_date: '2024-03-01']) }

        when:
        def item = account(ada)

        then:
        item.keySet() == ['id', 'username', 'email', 'role', 'is_active', 'created_at', 'updated_at', 'last_login',
                          'storage_quota', 'stats'] as Set
        item.username == ada.username
        item.email == "${ada.username}@example.com"
        item.role == 'user'
        item.is_active == true
        item.last_login != null
        item.storage_quota == null
        item.stats == [total_uploads: 1, total_storage_used: 12, total_purchases: 2]

        and: 'found by a part of the e-mail in another case, filtered by role and activity'
        admin.get("/api/v1/admin/users?search=${ada.username.substring(2).toUpperCase()}%40EXAMPLE").json.items*.username == [ada.username]
        admin.get("/api/v1/admin/users?search=${ada.username}&role=admin").json.total == 0
        admin.get("/api/v1/admin/users?search=${ada.username}&active=false").json.total == 0
        admin.get("/api/v1/admin/users?role=admin&size=100").json.items.every { it.role == 'admin' }
        admin.get("/api/v1/admin/users?search=${admin.username}&role=admin&active=true").json.total == 1
        admin.get("/api/v1/admin/users/${item.id}").json == item
    }

    def "the list sorts by username, creation and last login, both ways"() {
        given:
        def prefix = 'sort' + UUID.randomUUID().toString().substring(0, 6)
        def names = ['b', 'c', 'a'].collect { letter -> register("${prefix}_${letter}") }
        http.postJson('/api/v1/auth/login', [username: names[2], password: ApiClient.PASSWORD])

        expect:
        listed(prefix, 'username', 'asc') == names.sort(false)
        listed(prefix, 'username', 'desc') == names.sort(false).reverse()
        listed(prefix, 'created_at', null) == names
        listed(prefix, 'created_at', 'desc') == names.reverse()
        listed(prefix, 'last_login', 'desc').first() == names[2]
        listed(prefix, 'last_login', 'asc').first() == names[2] // never logged in: last either way
    }

    private String register(String name) {
        assert http.postJson('/api/v1/auth/register', [username: name, email: "${name}@example.com", password: ApiClient.PASSWORD]).status == 201
        Thread.sleep(5) // distinct creation times
        name
    }

    private List<String> listed(String search, String sortBy, String order) {
        admin.get("/api/v1/admin/users?search=$search&sort_by=$sortBy" + (order ? "&sort_order=$order" : '')).json.items*.username
    }

    def "#query answers 422 on #field"() {
        when:
        def answer = admin.get("/api/v1/admin/users?$query")

        then:
        answer.status == 422
        answer.json.error_code == 'VALIDATION_FAILED'
        answer.json.field_errors.containsKey(field)

        where:
        query                  | field
        'role=superuser'       | 'role'
        'active=maybe'         | 'active'
        'sort_by=password'     | 'sort_by'
        'sort_order=sideways'  | 'sort_order'
        'size=0'               | 'size'
    }

    def "an update changes what is sent, is written to the audit trail, and PATCH does the same"() {
        given:
        def ada = ApiClient.newUser(http)
        def id = account(ada).id

        when:
        def promoted = admin.send('PUT', "/api/v1/admin/users/$id", [role: 'admin', storage_quota: 5_000_000])

        then:
        promoted.status == 200
        promoted.json.role == 'admin'
        promoted.json.is_active == true
        promoted.json.storage_quota == 5_000_000
        promoted.json.stats == [total_uploads: 0, total_storage_used: 0, total_purchases: 0]

        when:
        def patched = admin.send('PATCH', "/api/v1/admin/users/$id", [storage_quota: null])
        def trail = admin.get('/api/v1/admin/audit?size=3').json

        then:
        patched.json.storage_quota == null
        patched.json.role == 'admin'
        trail.keySet() == ['items', 'total', 'page', 'size', 'pages'] as Set
        trail.items[0].keySet() == ['id', 'actor_id', 'actor_username', 'action', 'target_id', 'target_username', 'field',
                                    'before', 'after', 'created_at'] as Set
        trail.items.collect { [it.target_username, it.field, it.before, it.after] }.take(3) as Set == [
                [ada.username, 'storage_quota', '5000000', null],
                [ada.username, 'storage_quota', null, '5000000'],
                [ada.username, 'role', 'user', 'admin']] as Set
        trail.items[0].field == 'storage_quota' && trail.items[0].after == null // newest first
        trail.items.every { it.actor_username == admin.username && it.action == 'update_user' && it.target_id == id }
    }

    def "#body answers 422 on #field and changes nothing"() {
        given:
        def ada = ApiClient.newUser(http)
        def id = account(ada).id
        def auditBefore = admin.get('/api/v1/admin/audit').json.total

        when:
        def answer = admin.send('PUT', "/api/v1/admin/users/$id", body)

        then:
        answer.status == 422
        answer.json.field_errors.containsKey(field)
        account(ada).role == 'user'
        account(ada).storage_quota == null
        admin.get('/api/v1/admin/audit').json.total == auditBefore

        where:
        body                                  | field
        [role: 'root']                        | 'role'
        [role: 7]                             | 'role'
        [is_active: 'perhaps']                | 'is_active'
        [is_active: null]                     | 'is_active'
        [storage_quota: -1]                   | 'storage_quota'
        [storage_quota: 1.5]                  | 'storage_quota'
        [storage_quota: 'lots']               | 'storage_quota'
        [role: 'admin', storage_quota: -5]    | 'storage_quota'
    }

    def "an unknown account is 404, a malformed body 400"() {
        given:
        def id = account(ApiClient.newUser(http)).id

        expect:
        admin.get("/api/v1/admin/users/${UUID.randomUUID()}").status == 404
        admin.get("/api/v1/admin/users/${UUID.randomUUID()}").json.error_code == 'USER_NOT_FOUND'
        admin.send('PUT', "/api/v1/admin/users/${UUID.randomUUID()}", [role: 'admin']).status == 404
        admin.http.send('PUT', "/api/v1/admin/users/$id", '{"role":', ['Authorization': "Bearer ${admin.token}",
                                                                     'Content-Type': 'application/json']).status == 400
        admin.get('/api/v1/admin/users/not-a-uuid').status in [400, 404, 422]
    }

    def "deactivating ends every session at once: the access token answers 401, refresh and login 403 or 401"() {
        given:
        def ada = ApiClient.newUser(http)
        def second = http.postJson('/api/v1/auth/login', [username: ada.username, password: ApiClient.PASSWORD]).json
        def id = account(ada).id

        expect:
        ada.get('/api/v1/users/me').status == 200

        when:
        def answer = admin.send('PUT', "/api/v1/admin/users/$id", [is_active: false])

        then:
        answer.json.is_active == false
        ada.get('/api/v1/users/me').status == 401
        http.get('/api/v1/users/me', [Authorization: "Bearer ${second.access_token}"]).status == 401
        http.postJson('/api/v1/auth/refresh', [refresh_token: second.refresh_token]).status == 401

        when:
        def login = http.postJson('/api/v1/auth/login', [username: ada.username, password: ApiClient.PASSWORD])

        then:
        login.status == 403
        login.json.error_code == 'ACCOUNT_DISABLED'

        when: 'reactivated, the account signs in again'
        admin.send('PUT', "/api/v1/admin/users/$id", [is_active: true])

        then:
        http.postJson('/api/v1/auth/login', [username: ada.username, password: ApiClient.PASSWORD]).status == 200
    }

    def "a quota change applies to the very next upload, both ways"() {
        given:
        def ada = ApiClient.newUser(http)
        def id = account(ada).id
        assert ada.upload('first.txt', ('a' * 100).bytes).status == 201

        when:
        admin.send('PUT', "/api/v1/admin/users/$id", [storage_quota: 150])
        def over = ada.upload('second.txt', ('b' * 100).bytes)

        then:
        over.status == 507
        over.json.error_code == 'QUOTA_EXCEEDED'

        when:
        admin.send('PUT', "/api/v1/admin/users/$id", [storage_quota: null])

        then:
        ada.upload('second.txt', ('b' * 100).bytes).status == 201
        account(ada).stats.total_storage_used == 200
    }

    def "the statistics count what the server holds"() {
        given:
        def before = admin.get('/api/v1/admin/stats').json
        def ada = ApiClient.newUser(http)
        def content = UUID.randomUUID().toString().bytes
        ada.upload('a.txt', content)
        ada.upload('same.txt', content)
        ada.send('POST', '/api/v1/purchases', [product_name: 'Lamp', price: '10.00', purchase_date: '2024-03-01'])

        when:
        def after = admin.get('/api/v1/admin/stats').json

        then:
        after.keySet() == ['users', 'files', 'storage', 'purchases'] as Set
        after.users.keySet() == ['total', 'active', 'admins', 'new_this_month'] as Set
        after.storage.keySet() == ['logical_bytes', 'stored_bytes', 'dedup_savings_bytes', 'quota_total', 'usage_percentage'] as Set
        after.users.total == before.users.total + 1
        after.users.new_this_month == before.users.new_this_month + 1
        after.files.total == before.files.total + 2
        after.files.uploads_this_month == before.files.uploads_this_month + 2
        after.storage.logical_bytes == before.storage.logical_bytes + 2 * content.length
        after.storage.stored_bytes == before.storage.stored_bytes + content.length
        after.storage.dedup_savings_bytes == after.storage.logical_bytes - after.storage.stored_bytes
        after.storage.quota_total == before.storage.quota_total + 1_073_741_824
        after.storage.usage_percentage instanceof Number
        after.purchases.total == before.purchases.total + 1
    }

    def "the last active administrator cannot be demoted or deactivated, also by two concurrent requests"() {
        given: 'for this feature, the other administrators are set aside'
        def others = setAsideActiveAdmins()
        def first = ApiClient.newAdmin(http, users, transactions)
        def second = ApiClient.newAdmin(http, users, transactions)
        admin = first
        def firstId = account(first).id
        def secondId = account(second).id
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(2)

        when: 'each demotes the other at the same moment'
        def answers = [[first, secondId], [second, firstId]].collect { actor, target ->
            pool.submit({ start.await(); actor.send('PUT', "/api/v1/admin/users/$target", [role: 'user']) } as Callable)
        }
        start.countDown()
        def outcomes = answers*.get()

        // 409 when both were past the session check before the first demotion committed, 401 when the loser's
        // own sessions had already ended with its demotion
        then: 'one wins, the other is refused'
        outcomes*.status.sort() in [[200, 409], [200, 401]]
        outcomes.findAll { it.status == 409 }.every { it.json.error_code == 'LAST_ADMIN' }

        when: 'the one left tries to step down, switch itself off or delete its account'
        def remaining = outcomes[0].status == 200 ? first : second
        admin = remaining
        def remainingId = remaining == first ? firstId : secondId
        def demote = remaining.send('PUT', "/api/v1/admin/users/$remainingId", [role: 'user'])
        def deactivate = remaining.send('PATCH', "/api/v1/admin/users/$remainingId", [is_active: false])
        def leave = remaining.send('DELETE', '/api/v1/users/me', [password: ApiClient.PASSWORD])

        then:
        demote.status == 409
        deactivate.status == 409
        deactivate.json.error_code == 'LAST_ADMIN'
        leave.status == 409
        leave.json.error_code == 'LAST_ADMIN'
        account(remaining).role == 'admin'
        admin.get("/api/v1/admin/users?role=admin&active=true").json.total == 1

        cleanup:
        pool?.shutdownNow()
        restore(others)
    }

    /** Deactivates every active administrator (this spec's included) and returns their ids. */
    private static List<String> setAsideActiveAdmins() {
        PostgresTestServer.get().connect().withCloseable {
            def rows = it.createStatement().executeQuery(
                    "UPDATE users SET is_active = false WHERE role = 'ADMIN' AND is_active RETURNING id")
            def ids = []
            while (rows.next()) {
                ids << rows.getString(1)
            }
            ids
        }
    }

    private static void restore(List<String> admins) {
        if (admins) {
            PostgresTestServer.get().connect().withCloseable {
                it.createStatement().execute("UPDATE users SET is_active = true WHERE id IN (${admins.collect { "'$it'" }.join(',')})")
            }
        }
    }
}
