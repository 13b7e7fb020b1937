package io.spendvault.bootstrap.ratelimit

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.identity.port.UserRepository
import jakarta.inject.Inject

/**
 * Every limit scope over HTTP, with small limits and a two-second window so that recovery is quick. The
 * spec's requests come through a "proxy" (the loopback peer is trusted), each feature from its own
 * forwarded address, so that features do not share the address buckets.
 */
@MicronautTest(transactional = false)
@Property(name = 'spendvault.rate-limit.enabled', value = 'true')
@Property(name = 'spendvault.rate-limit.auth-per-minute', value = '3')
@Property(name = 'spendvault.rate-limit.uploads-per-minute', value = '2')
@Property(name = 'spendvault.rate-limit.api-per-minute', value = '4')
@Property(name = 'spendvault.rate-limit.admin-per-minute', value = '3')
@Property(name = 'spendvault.rate-limit.window', value = '2s')
@Property(name = 'spendvault.rate-limit.trusted-proxies', value = '127.0.0.1, ::1')
class RateLimitEndToEndSpec extends PostgresSpecification {

    @Inject EmbeddedServer server
    @Inject UserRepository users
    @Inject Transactions transactions

    RawHttp http

    def setup() {
        http = new RawHttp(server.URI)
    }

    static Map<String, String> from(String address) {
        ['X-Forwarded-For': address]
    }

    static String someAddress() {
        def random = new Random()
        "10.${random.nextInt(250)}.${random.nextInt(250)}.${1 + random.nextInt(250)}"
    }

    private RawHttp.Answer login(String name, Map<String, String> headers) {
        http.postJson('/api/v1/auth/login', [username: name, password: 'wrong password'], headers)
    }

    def "logins from one address: three are counted down in the headers, the fourth is 429, and the window gives them back"() {
        given:
        def address = someAddress()

        when:
        def answers = (1..4).collect { login("nobody_${UUID.randomUUID().toString().take(8)}", from(address)) }

        then:
        answers*.status == [401, 401, 401, 429]
        answers.take(3).collect { it.header('X-RateLimit-Remaining') } == ['2', '1', '0']
        answers.every { it.header('X-RateLimit-Limit') == '3' }
        answers.every { (it.header('X-RateLimit-Reset') as long) >= System.currentTimeMillis().intdiv(1000) }
        def refused = answers[3]
        refused.json == [detail: 'Too many login attempts. Please try again later.', error_code: 'RATE_LIMITED']
        (refused.header('Retry-After') as int) >= 1
        refused.header('X-RateLimit-Retry-After') == refused.header('Retry-After')

        and: 'another address is not affected'
        login('nobody_else', from(someAddress())).status == 401

        when:
        Thread.sleep((refused.header('Retry-After') as long) * 1000 + 100)

        then:
        login('nobody_again', from(address)).status == 401
    }

    def "the client address is the right-most one the trusted proxy did not add: a client's own entries do not dodge the limit"() {
        given:
        def address = someAddress()

        when: 'the client writes a different X-Forwarded-For each time; the proxy appends the real address'
        def answers = (1..4).collect { login('nobody', from("198.51.100.${it}, ${address}")) }

        then:
        answers*.status == [401, 401, 401, 429]

        and: 'a trusted hop in the chain is skipped'
        login('nobody', from("${address}, 127.0.0.1")).status == 429
    }

    def "attempts at one name are limited whatever the address, in the same way for a name without an account"() {
        given: 'an account that never logged in, so that no attempt at its name was counted yet'
        def ada = [username: 'ada_' + UUID.randomUUID().toString().replace('-', '').take(10)]
        assert http.postJson('/api/v1/auth/register', [username: ada.username, email: "${ada.username}@example.com",
                                                       password: ApiClient.PASSWORD], from(someAddress())).status == 201
        def missing = 'ghost_' + UUID.randomUUID().toString().take(8)

        when: 'the right password comes at once after the limit is reached (the window is 2 s: a slow machine refills a token in 0.7 s)'
        def onAccount = (1..4).collect { login(ada.username, from(someAddress())) }
        def right = http.postJson('/api/v1/auth/login', [username: ada.username, password: ApiClient.PASSWORD], from(someAddress()))
        def onNobody = (1..4).collect { login(missing, from(someAddress())) }

        then:
        onAccount*.status == [401, 401, 401, 429]
        onNobody*.status == [401, 401, 401, 429]
        onAccount[3].json == onNobody[3].json
        onAccount[3].json.detail == 'Too many login attempts. Please try again later.'
        onAccount[3].header('Retry-After') != null

        and: 'the right password is refused too while the name is limited'
        right.status == 429

        when: 'and accepted after the window'
        Thread.sleep((right.header('Retry-After') as long) * 1000 + 100)
        def later = http.postJson('/api/v1/auth/login', [username: ada.username, password: ApiClient.PASSWORD], from(someAddress()))

        then:
        later.status == 200
    }

    def "forgot-password is limited per address and per e-mail address, register and refresh per address"() {
        given:
        def email = "someone_${UUID.randomUUID().toString().take(8)}@example.com"
        def address = someAddress()

        expect:
        (1..4).collect { http.postJson('/api/v1/auth/forgot-password', [email: email], from(someAddress())).status } == [202, 202, 202, 429]
        (1..4).collect {
            def name = 'reg_' + UUID.randomUUID().toString().replace('-', '').take(10)
            http.postJson('/api/v1/auth/register', [username: name, email: "${name}@example.com", password: ApiClient.PASSWORD],
                    from(address)).status
        } == [201, 201, 201, 429]
        (1..4).collect { http.postJson('/api/v1/auth/refresh', [refresh_token: 'not.a.token'], from(address)).status } == [401, 401, 401, 429]
        (1..4).collect { http.postJson('/api/v1/auth/reset-password', [token: 'nope', new_password: 'a long new passphrase'],
                from(address)).status } == [400, 400, 400, 429]
    }

    def "a user's requests are limited per user, not per address, and come back after the window"() {
        given:
        def ada = ApiClient.newUser(http, from(someAddress()))
        def grace = ApiClient.newUser(http, from(someAddress()))

        when:
        def answers = (1..5).collect { ada.get('/api/v1/purchases') }

        then:
        answers*.status == [200, 200, 200, 200, 429]
        answers.take(4).collect { it.header('X-RateLimit-Remaining') } == ['3', '2', '1', '0']
        answers[0].header('X-RateLimit-Limit') == '4'
        answers[4].json == [detail: 'Too many requests. Please try again later.', error_code: 'RATE_LIMITED']
        (answers[4].header('Retry-After') as int) >= 1

        and: 'another user is not affected'
        grace.get('/api/v1/users/me').status == 200

        when:
        Thread.sleep((answers[4].header('Retry-After') as long) * 1000 + 100)

        then:
        ada.get('/api/v1/users/me').status == 200
    }

    def "uploads have their own, smaller limit; other requests still pass"() {
        given:
        def ada = ApiClient.newUser(http, from(someAddress()))

        when:
        def uploads = (1..3).collect { ada.upload("r${it}.txt", "receipt $it".bytes) }

        then:
        uploads*.status == [201, 201, 429]
        uploads[0].header('X-RateLimit-Limit') == '2'
        uploads[2].json.error_code == 'RATE_LIMITED'
        ada.get('/api/v1/uploads').json.total == 2
    }

    def "administrators have the admin limit on admin routes"() {
        given:
        def root = ApiClient.newAdmin(http, users, transactions, from(someAddress()))

        when:
        def answers = (1..4).collect { root.get('/api/v1/admin/stats') }

        then:
        answers*.status == [200, 200, 200, 429]
        answers[0].header('X-RateLimit-Limit') == '3'

        and: 'the rest of the API is counted apart'
        root.get('/api/v1/users/me').status == 200
    }

    def "health and anonymous documentation are never limited or counted"() {
        when:
        def answers = (1..8).collect { http.get('/api/v1/health') }

        then:
        answers.every { it.status == 200 && it.header('X-RateLimit-Limit') == null }
    }
}
