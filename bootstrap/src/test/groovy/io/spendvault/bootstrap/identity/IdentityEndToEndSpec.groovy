package io.spendvault.bootstrap.identity

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.PlainJWT
import com.nimbusds.jwt.SignedJWT
import groovy.json.JsonOutput
import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import jakarta.inject.Inject

import java.time.Instant

/**
 * Accounts and sessions through HTTP against the running application and a real PostgreSQL: every
 * endpoint, with its failure cases.
 */
@MicronautTest
@Property(name = 'spendvault.admin.username', value = 'root_admin')
@Property(name = 'spendvault.admin.email', value = 'root@example.com')
@Property(name = 'spendvault.admin.password', value = 'an admin passphrase for tests')
class IdentityEndToEndSpec extends PostgresSpecification {

    static final String SECRET = 'bootstrap-spec-secret-0123456789abcdefghij'
    static final String PASSWORD = 'correct horse battery staple'

    @Inject
    EmbeddedServer server

    RawHttp http

    def setup() {
        http = new RawHttp(server.URI)
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static String unique(String prefix) {
        prefix + '_' + UUID.randomUUID().toString().replace('-', '').substring(0, 10)
    }

    private Map register(String name = unique('user'), String password = PASSWORD) {
        def answer = http.postJson('/api/v1/auth/register', [username: name, email: "${name}@example.com", password: password])
        assert answer.status == 201: answer
        answer.json
    }

    private Map login(String name, String password = PASSWORD) {
        def answer = http.postJson('/api/v1/auth/login', [username: name, password: password])
        assert answer.status == 200: answer
        answer.json
    }

    private RawHttp.Answer asBearer(String method, String path, String token, Object body = null) {
        http.send(method, path, body == null ? null : JsonOutput.toJson(body),
                ['Authorization': "Bearer $token", 'Content-Type': 'application/json'])
    }

    private static void sql(String statement) {
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute(statement) }
    }

    private static String latestResetToken(String email) {
        PostgresTestServer.get().connect().withCloseable {
            def rows = it.createStatement().executeQuery(
                    "SELECT text_body FROM notification_outbox WHERE recipient = '$email' ORDER BY created_at DESC LIMIT 1")
            rows.next() ? URLDecoder.decode((rows.getString(1) =~ /reset-password\?token=(\S+)/)[0][1], 'UTF-8') : null
        }
    }

    private static String jwt(Map overrides = [:], JWSAlgorithm algorithm = JWSAlgorithm.HS256, String secret = SECRET) {
        def now = Instant.now()
        def claims = [sub: UUID.randomUUID().toString(), role: 'user', sid: UUID.randomUUID().toString(), iss: 'spendvault',
                      iat: now.epochSecond, exp: now.plusSeconds(600).epochSecond] + overrides
        def builder = new JWTClaimsSet.Builder()
        claims.findAll { it.value != null }.each { k, v -> builder.claim(k, v) }
        def signed = new SignedJWT(new JWSHeader(algorithm), builder.build())
        // HS512 needs a 512-bit key; HS256 signs with the server's own secret as it is configured.
        signed.sign(new MACSigner((algorithm == JWSAlgorithm.HS512 ? secret.padRight(64, 'x') : secret).bytes))
        signed.serialize()
    }

    private static Map claimsOf(String token) {
        SignedJWT.parse(token).JWTClaimsSet.claims
    }

    // ---- registration ------------------------------------------------------------------------------

    def "registering answers 201 with the new account and never the password"() {
        when:
        def name = unique('Ada')
        def answer = http.postJson('/api/v1/auth/register', [username: name, email: "${name}@Example.COM", password: PASSWORD])

        then:
        answer.status == 201
        answer.json.keySet() == ['id', 'username', 'email', 'role', 'is_active', 'created_at', 'updated_at'] as Set
        UUID.fromString(answer.json.id)
        answer.json.username == name
        answer.json.email == "${name.toLowerCase()}@example.com"
        answer.json.role == 'user'
        answer.json.is_active == true
        answer.json.created_at ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/
        !answer.text.contains(PASSWORD)
        !answer.text.contains('argon2')
    }

    def "a username taken in any case, or a taken e-mail, answers 409"() {
        given:
        def existing = register()

        expect:
        http.postJson('/api/v1/auth/register', [username: existing.username.toUpperCase(), email: 'fresh@example.com',
                                                password: PASSWORD]).json.error_code == 'USERNAME_TAKEN'
        http.postJson('/api/v1/auth/register', [username: unique('fresh'), email: existing.email.toUpperCase(),
                                                password: PASSWORD]).status == 409
    }

    def "invalid registrations answer 422 naming the field: #why"() {
        when:
        def answer = http.postJson('/api/v1/auth/register', body)

        then:
        answer.status == 422
        answer.json.error_code == 'VALIDATION_FAILED'
        answer.json.field_errors.containsKey(field)

        where:
        why                      | field      | body
        'a short username'       | 'username' | [username: 'ab', email: 'ab@example.com', password: PASSWORD]
        'a username with spaces' | 'username' | [username: 'a b c', email: 'abc@example.com', password: PASSWORD]
        'a bad e-mail'           | 'email'    | [username: 'valid_name', email: 'not-an-email', password: PASSWORD]
        'a short password'       | 'password' | [username: 'valid_name', email: 'v@example.com', password: 'short1!']
        'a common password'      | 'password' | [username: 'valid_name', email: 'v@example.com', password: 'password123']
        'a missing password'     | 'password' | [username: 'valid_name', email: 'v@example.com']
    }

    // ---- login -------------------------------------------------------------------------------------

    def "logging in by username or e-mail answers bearer tokens and the user"() {
        given:
        def user = register()

        when:
        def byName = login(user.username)
        def byEmail = login(user.email.toUpperCase())

        then:
        byName.keySet() == ['access_token', 'refresh_token', 'token_type', 'expires_in', 'user'] as Set
        byName.token_type == 'bearer'
        byName.expires_in == 900
        byName.user == [id: user.id, username: user.username, email: user.email, role: 'user']
        byEmail.user.id == user.id
        byName.refresh_token != byEmail.refresh_token
    }

    def "a wrong password and an unknown user get the same 401"() {
        given:
        def user = register()

        when:
        def wrong = http.postJson('/api/v1/auth/login', [username: user.username, password: 'wrong password here'])
        def unknown = http.postJson('/api/v1/auth/login', [username: unique('nobody'), password: 'wrong password here'])

        then:
        wrong.status == 401
        unknown.status == 401
        wrong.json == unknown.json
        wrong.json.detail == 'Invalid username or password'
    }

    def "a deactivated account answers 403 at login"() {
        given:
        def user = register()
        sql("UPDATE users SET is_active = false WHERE id = '${user.id}'")

        when:
        def answer = http.postJson('/api/v1/auth/login', [username: user.username, password: PASSWORD])

        then:
        answer.status == 403
        answer.json.error_code == 'ACCOUNT_DISABLED'
    }

    def "the profile shows the last login and zero usage"() {
        given:
        def user = register()
        def tokens = login(user.username)

        when:
        def me = asBearer('GET', '/api/v1/users/me', tokens.access_token)

        then:
        me.status == 200
        me.json.username == user.username
        me.json.last_login != null
        me.json.stats == [total_uploads: 0, total_storage_used: 0]
    }

    // ---- tokens ------------------------------------------------------------------------------------

    def "a request without a token, or with #what, answers 401 in the error format"() {
        when:
        def answer = token == null ? http.get('/api/v1/users/me') : asBearer('GET', '/api/v1/users/me', token)

        then:
        answer.status == 401
        answer.json.error_code == 'UNAUTHORIZED'

        where:
        what                      | token
        'no token'                | null
        'garbage'                 | 'not.a.jwt'
        'a tampered signature'    | jwt().with { it[0..-3] + (it[-2] == 'A' ? 'B' : 'A') + it[-1] }
        'alg none'                | new PlainJWT(new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
                .claim('role', 'admin').claim('sid', UUID.randomUUID().toString()).issuer('spendvault')
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build()).serialize()
        'another algorithm'       | jwt([:], JWSAlgorithm.HS512)
        'another key'             | jwt([:], JWSAlgorithm.HS256, 'some-other-secret-of-sufficient-length!!')
        'a wrong issuer'          | jwt([iss: 'someone-else'])
        'an expired token'        | jwt([iat: Instant.now().minusSeconds(3600).epochSecond, exp: Instant.now().minusSeconds(60).epochSecond])
        'an unknown session'      | jwt()
    }

    def "a well-signed token with #what answers 401: the live session decides who calls, and with which role"() {
        given: 'a real session of a user, and one of another user'
        def ada = login(register().username)
        def grace = login(register().username)
        def adaClaims = claimsOf(ada.access_token)
        def graceClaims = claimsOf(grace.access_token)
        def now = Instant.now()
        def token = jwt([sub: adaClaims.sub, sid: adaClaims.sid, role: 'user'] + forged(adaClaims, graceClaims, now))

        expect: 'the same claims, honestly signed, work'
        asBearer('GET', '/api/v1/users/me', jwt([sub: adaClaims.sub, sid: adaClaims.sid, role: 'user'])).status == 200

        and:
        asBearer('GET', '/api/v1/users/me', token).status == 401
        asBearer('GET', '/api/v1/admin/users', token).status in [401, 403]

        where:
        what                                    | forged
        'role admin for a user'                 | { a, g, t -> [role: 'admin'] }
        'a role that does not exist'            | { a, g, t -> [role: 'root'] }
        'another user\'s sub with its own sid'  | { a, g, t -> [sub: g.sub] }
        'its own sub with another user\'s sid'  | { a, g, t -> [sid: g.sid] }
        'no expiry'                             | { a, g, t -> [exp: null] }
        'an issue time in the future'           | { a, g, t -> [iat: t.plusSeconds(3600).epochSecond] }
        'a not-before in the future'            | { a, g, t -> [nbf: t.plusSeconds(3600).epochSecond] }
    }

    def "a token of a user who lost the admin role in the database (by hand, or through another node) stops opening admin routes within a second"() {
        given:
        def name = register().username
        sql("UPDATE users SET role = 'ADMIN' WHERE username = '${name}'")
        def admin = login(name)

        expect:
        asBearer('GET', '/api/v1/admin/users', admin.access_token).status == 200

        when: 'demoted behind this node\'s back, which may remember the session for a second after it last answered'
        long lastAnswer = System.nanoTime()
        sql("UPDATE users SET role = 'USER' WHERE username = '${name}'")
        sleep(Math.max(0L, (1_100_000_000L - (System.nanoTime() - lastAnswer)).intdiv(1_000_000L)))

        then:
        asBearer('GET', '/api/v1/admin/users', admin.access_token).status == 401
        asBearer('GET', '/api/v1/users/me', login(name).access_token).status == 200
    }

    def "refreshing rotates the refresh token; reusing a rotated one revokes the session"() {
        given:
        def tokens = login(register().username)

        when:
        def first = http.postJson('/api/v1/auth/refresh', [refresh_token: tokens.refresh_token])

        then:
        first.status == 200
        first.json.refresh_token != tokens.refresh_token
        asBearer('GET', '/api/v1/users/me', first.json.access_token).status == 200

        when: 'the old refresh token is presented again'
        def replay = http.postJson('/api/v1/auth/refresh', [refresh_token: tokens.refresh_token])

        then: 'the whole session is gone, including its newest tokens'
        replay.status == 401
        http.postJson('/api/v1/auth/refresh', [refresh_token: first.json.refresh_token]).status == 401
        asBearer('GET', '/api/v1/users/me', first.json.access_token).status == 401
    }

    def "refresh token '#token' answers 401"() {
        expect:
        http.postJson('/api/v1/auth/refresh', [refresh_token: token]).status == 401

        where:
        token << ['garbage', "${UUID.randomUUID()}.secret", '']
    }

    def "an expired session cannot be refreshed"() {
        given:
        def tokens = login(register().username)
        sql("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = '${tokens.refresh_token.split('\\.')[0]}'")

        expect:
        http.postJson('/api/v1/auth/refresh', [refresh_token: tokens.refresh_token]).status == 401
    }

    def "after logout the access token and the refresh token stop working at once"() {
        given:
        def tokens = login(register().username)

        expect: 'the token works, so its signature is remembered (VerifiedTokens): the session check alone refuses it next'
        asBearer('GET', '/api/v1/users/me', tokens.access_token).status == 200

        when:
        def logout = asBearer('POST', '/api/v1/auth/logout', tokens.access_token)

        then:
        logout.status == 204
        asBearer('GET', '/api/v1/users/me', tokens.access_token).status == 401
        http.postJson('/api/v1/auth/refresh', [refresh_token: tokens.refresh_token]).status == 401
        http.send('POST', '/api/v1/auth/logout', null).status == 401
    }

    def "signing out everywhere ends every session of the account at once, and no other account's"() {
        given:
        def user = register()
        def phone = login(user.username)
        def laptop = login(user.username)
        def other = register()
        def otherTokens = login(other.username)

        when:
        def answer = asBearer('POST', '/api/v1/auth/logout-all', laptop.access_token)

        then:
        answer.status == 204
        [phone, laptop].every { asBearer('GET', '/api/v1/users/me', it.access_token).status == 401 }
        [phone, laptop].every { http.postJson('/api/v1/auth/refresh', [refresh_token: it.refresh_token]).status == 401 }
        asBearer('GET', '/api/v1/users/me', otherTokens.access_token).status == 200

        and: 'signing in again works'
        asBearer('GET', '/api/v1/users/me', login(user.username).access_token).status == 200

        and: 'it needs a live session'
        asBearer('POST', '/api/v1/auth/logout-all', laptop.access_token).status == 401
        http.send('POST', '/api/v1/auth/logout-all', null).status == 401
    }

    // ---- profile and password ----------------------------------------------------------------------

    def "a user updates their own name and e-mail; another user's name is a conflict"() {
        given:
        def other = register()
        def user = register()
        def token = login(user.username).access_token
        def newName = unique('renamed')

        when:
        def renamed = asBearer('PUT', '/api/v1/users/me', token, [username: newName, email: "${newName}@Example.com"])

        then:
        renamed.status == 200
        renamed.json.username == newName
        renamed.json.email == "${newName.toLowerCase()}@example.com"

        and:
        asBearer('PUT', '/api/v1/users/me', token, [username: other.username]).status == 409
        asBearer('PUT', '/api/v1/users/me', token, [email: 'broken']).status == 422
    }

    def "changing the password needs the current one and signs out every other session"() {
        given:
        def user = register()
        def here = login(user.username)
        def elsewhere = login(user.username)

        when:
        def wrong = asBearer('POST', '/api/v1/users/change-password', here.access_token,
                [current_password: 'not my password', new_password: 'a brand new passphrase'])
        def weak = asBearer('POST', '/api/v1/users/change-password', here.access_token,
                [current_password: PASSWORD, new_password: 'qwertyuiop'])

        then:
        wrong.status == 400
        wrong.json.detail == 'Current password is incorrect'
        weak.status == 422
        weak.json.field_errors.containsKey('new_password')

        when:
        def changed = asBearer('POST', '/api/v1/users/change-password', here.access_token,
                [current_password: PASSWORD, new_password: 'a brand new passphrase'])

        then:
        changed.status == 200
        asBearer('GET', '/api/v1/users/me', here.access_token).status == 200
        asBearer('GET', '/api/v1/users/me', elsewhere.access_token).status == 401
        login(user.username, 'a brand new passphrase').user.id == user.id
    }

    // ---- forgotten password ------------------------------------------------------------------------

    def "forgot-password answers 202 whether or not the account exists"() {
        given:
        def user = register()

        expect:
        http.postJson('/api/v1/auth/forgot-password', [email: user.email]).status == 202
        http.postJson('/api/v1/auth/forgot-password', [email: 'nobody-here@example.com']).status == 202
        latestResetToken(user.email) != null
        latestResetToken('nobody-here@example.com') == null
    }

    def "a reset token sets a new password once, and signs out every session"() {
        given:
        def user = register()
        def session = login(user.username)
        http.postJson('/api/v1/auth/forgot-password', [email: user.email])
        def token = latestResetToken(user.email)

        when:
        def reset = http.postJson('/api/v1/auth/reset-password', [token: token, new_password: 'a brand new passphrase'])

        then:
        reset.status == 200
        asBearer('GET', '/api/v1/users/me', session.access_token).status == 401
        login(user.username, 'a brand new passphrase').user.id == user.id

        when:
        def again = http.postJson('/api/v1/auth/reset-password', [token: token, new_password: 'yet another passphrase'])

        then:
        again.status == 400
        again.json.error_code == 'RESET_TOKEN_INVALID'
    }

    def "an expired or unknown reset token answers 400"() {
        given:
        def user = register()
        http.postJson('/api/v1/auth/forgot-password', [email: user.email])
        def token = latestResetToken(user.email)
        sql("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = '${user.id}'")

        expect:
        http.postJson('/api/v1/auth/reset-password', [token: token, new_password: 'a brand new passphrase']).status == 400
        http.postJson('/api/v1/auth/reset-password', [token: 'made-up', new_password: 'a brand new passphrase']).status == 400
    }

    // ---- cookie mode -------------------------------------------------------------------------------

    private static Map<String, String> cookiesOf(RawHttp.Answer answer) {
        answer.headers.findAll { it.key.equalsIgnoreCase('set-cookie') }.collectMany { it.value }
                .collectEntries { String header -> def (name, value) = header.split(';')[0].split('=', 2); [name, value] }
    }

    private static List<String> cookieHeaders(RawHttp.Answer answer) {
        answer.headers.findAll { it.key.equalsIgnoreCase('set-cookie') }.collectMany { it.value }
    }

    def "cookie mode sets HttpOnly, Secure, SameSite=Strict cookies and a readable CSRF cookie"() {
        given:
        def user = register()

        when:
        def answer = http.postJson('/api/v1/auth/login', [username: user.username, password: PASSWORD, cookie: true])
        def headers = cookieHeaders(answer)

        then:
        answer.status == 200
        cookiesOf(answer).keySet() == ['SV_ACCESS', 'SV_REFRESH', 'SV_CSRF'] as Set
        headers.every { it.contains('SameSite=Strict') && it.contains('Secure') }
        // attribute names are case-insensitive (Netty writes HTTPOnly)
        headers.find { it.startsWith('SV_ACCESS=') }.toLowerCase().contains('; httponly')
        headers.find { it.startsWith('SV_REFRESH=') }.toLowerCase().contains('; httponly')
        !headers.find { it.startsWith('SV_CSRF=') }.toLowerCase().contains('httponly')
    }

    def "a cookie-authenticated change needs the CSRF header; a bearer one does not"() {
        given:
        def user = register()
        def loginAnswer = http.postJson('/api/v1/auth/login', [username: user.username, password: PASSWORD, cookie: true])
        def cookies = cookiesOf(loginAnswer)
        def cookieHeader = cookies.collect { k, v -> "$k=$v" }.join('; ')
        def body = JsonOutput.toJson([username: unique('cookie')])

        expect: 'reading with cookies works'
        http.get('/api/v1/users/me', [Cookie: cookieHeader]).status == 200

        and: 'an unsafe request without the CSRF header is refused'
        with(http.send('PUT', '/api/v1/users/me', body, [Cookie: cookieHeader, 'Content-Type': 'application/json'])) {
            status == 403
            json.error_code == 'CSRF_TOKEN_INVALID'
        }

        and: 'a wrong CSRF header is refused'
        http.send('PUT', '/api/v1/users/me', body, [Cookie: cookieHeader, 'Content-Type': 'application/json',
                                                    'X-CSRF-Token': 'forged']).status == 403

        and: 'the matching header is accepted'
        http.send('PUT', '/api/v1/users/me', body, [Cookie: cookieHeader, 'Content-Type': 'application/json',
                                                    'X-CSRF-Token': cookies.SV_CSRF]).status == 200

        and: 'bearer requests need no CSRF token'
        asBearer('PUT', '/api/v1/users/me', loginAnswer.json.access_token, [username: unique('bearer')]).status == 200
    }

    def "an Authorization header that is not a valid bearer token never lets the cookies in: #header"() {
        given:
        def user = register()
        def cookies = cookiesOf(http.postJson('/api/v1/auth/login', [username: user.username, password: PASSWORD, cookie: true]))
        def cookieHeader = cookies.collect { k, v -> "$k=$v" }.join('; ')
        def renamed = unique('sneaky')

        expect:
        http.get('/api/v1/users/me', [Cookie: cookieHeader, Authorization: header]).status == 401
        http.send('PUT', '/api/v1/users/me', JsonOutput.toJson([username: renamed]),
                [Cookie: cookieHeader, Authorization: header, 'Content-Type': 'application/json']).status == 401
        http.get('/api/v1/users/me', [Cookie: cookieHeader]).json.username == user.username

        where:
        header << ['Basic Zm9vOmJhcg==', 'Bearer junk', 'Bearer ', 'Token abc']
    }

    def "in cookie mode the refresh token comes from its cookie and logout clears the cookies"() {
        given:
        def user = register()
        def cookies = cookiesOf(http.postJson('/api/v1/auth/login', [username: user.username, password: PASSWORD, cookie: true]))
        def headers = [Cookie: cookies.collect { k, v -> "$k=$v" }.join('; '), 'Content-Type': 'application/json',
                       'X-CSRF-Token': cookies.SV_CSRF]

        when:
        def refreshed = http.send('POST', '/api/v1/auth/refresh', '{}', headers)

        then:
        refreshed.status == 200
        cookiesOf(refreshed).SV_REFRESH != cookies.SV_REFRESH

        when:
        def renewed = cookiesOf(refreshed)
        def logout = http.send('POST', '/api/v1/auth/logout', null, [Cookie: renewed.collect { k, v -> "$k=$v" }.join('; '),
                                                                     'X-CSRF-Token': renewed.SV_CSRF])

        then:
        logout.status == 204
        cookieHeaders(logout).findAll { it.contains('Max-Age=0') }.size() == 3
    }

    // ---- administration ----------------------------------------------------------------------------

    def "the configured administrator lists users; a user gets 403"() {
        given:
        def admin = login('root_admin', 'an admin passphrase for tests')
        def user = login(register().username)

        when:
        def asAdmin = asBearer('GET', '/api/v1/admin/users?size=5', admin.access_token)
        def asUser = asBearer('GET', '/api/v1/admin/users', user.access_token)

        then:
        admin.user.role == 'admin'
        asAdmin.status == 200
        asAdmin.json.keySet() == ['items', 'total', 'page', 'size', 'pages'] as Set
        asAdmin.json.items.size() <= 5
        asAdmin.json.total >= 2
        asUser.status == 403
        asUser.json.error_code == 'FORBIDDEN'
    }
}
