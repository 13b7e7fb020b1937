package io.spendvault.bootstrap.e2e

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.adapters.storage.testsupport.S3TestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.domain.identity.port.UserRepository
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import javax.imageio.ImageIO
import java.awt.Color
import java.awt.image.BufferedImage

/**
 * Scale-out: two instances of the server, each its own application context on its own port, share one
 * PostgreSQL and one S3 server (S3Proxy), as two nodes behind a load balancer would. Nothing a user does
 * depends on which node answers.
 */
class TwoNodesSpec extends Specification {

    static final int API_LIMIT = 6

    @Shared @AutoCleanup S3TestServer s3 = new S3TestServer()
    @Shared @AutoCleanup EmbeddedServer nodeA
    @Shared @AutoCleanup EmbeddedServer nodeB
    @Shared RawHttp a
    @Shared RawHttp b

    def setupSpec() {
        nodeA = start('node-a')
        nodeB = start('node-b')
        a = new RawHttp(nodeA.URI)
        b = new RawHttp(nodeB.URI)
    }

    private EmbeddedServer start(String name) {
        ApplicationContext.run(EmbeddedServer, PostgresTestServer.get().micronautProperties() + [
                'micronaut.server.port'                    : '-1',
                'spendvault.data-dir'                      : "target/test-data/$name".toString(),
                'spendvault.storage.backend'               : 's3',
                'spendvault.storage.s3.endpoint'           : s3.endpoint.toString(),
                'spendvault.storage.s3.bucket'             : 'two-nodes',
                'spendvault.storage.s3.access-key'         : S3TestServer.ACCESS_KEY,
                'spendvault.storage.s3.secret-key'         : S3TestServer.SECRET_KEY,
                'spendvault.thumbnails.poll-interval'      : '200ms',
                // Only the API limit is under test; the specs' users all come from one address.
                'spendvault.rate-limit.enabled'            : 'true',
                'spendvault.rate-limit.api-per-minute'     : API_LIMIT.toString(),
                'spendvault.rate-limit.auth-per-minute'    : '100000',
                'spendvault.rate-limit.uploads-per-minute' : '100000',
                'spendvault.rate-limit.admin-per-minute'   : '100000'] as Map<String, Object>, 'test')
    }

    def "a login on A is good on B, a refresh on B is good on A, and a logout on B ends the session on A"() {
        given:
        def login = a.postJson('/api/v1/auth/login', credentials(ApiClient.newUser(a))).json

        expect:
        b.get('/api/v1/users/me', bearer(login.access_token)).status == 200

        when:
        def refreshed = b.postJson('/api/v1/auth/refresh', [refresh_token: login.refresh_token]).json

        then:
        a.get('/api/v1/users/me', bearer(refreshed.access_token)).status == 200

        when: 'logged out on B'
        a.get('/api/v1/users/me', bearer(refreshed.access_token))
        long lastCheckOnA = System.nanoTime() // A remembered the session before it answered
        def logout = b.send('POST', '/api/v1/auth/logout', null, bearer(refreshed.access_token))

        then: 'B refuses the token at once, A once the second it may remember the session for has passed'
        logout.status == 204
        b.get('/api/v1/users/me', bearer(refreshed.access_token)).status == 401
        refusedOnceRememberingEnds(a, lastCheckOnA, refreshed.access_token)
    }

    /**
     * Whether the node refuses the token once the second it may remember a session for has passed since it
     * last answered it (one request: the specs' API limit is small).
     */
    private static boolean refusedOnceRememberingEnds(RawHttp node, long lastCheck, String token) {
        long left = 1_100_000_000L - (System.nanoTime() - lastCheck)
        if (left > 0) {
            sleep(left.intdiv(1_000_000L))
        }
        node.get('/api/v1/users/me', bearer(token)).status == 401
    }

    def "the rate limit counts a user's requests to both nodes as one"() {
        given:
        def ada = ApiClient.newUser(a)

        when:
        def answers = (1..API_LIMIT + 1).collect { (it % 2 == 0 ? a : b).get('/api/v1/purchases', bearer(ada.token)) }

        then:
        answers*.status == [200] * API_LIMIT + [429]
        answers.take(API_LIMIT).collect { it.header('X-RateLimit-Remaining') as int } == (API_LIMIT - 1..0).toList()
        a.get('/api/v1/users/me', bearer(ada.token)).status == 429
    }

    def "an upload through A is downloaded through B"() {
        given:
        def ada = ApiClient.newUser(a)
        def content = ('two nodes, one store\n' * 500).bytes

        when:
        def file = ada.upload('receipt.txt', content).json
        def download = ada.on(b).download("/api/v1/uploads/${file.id}/download")

        then:
        download.statusCode() == 200
        download.body() == content
    }

    def "twenty thumbnail jobs are each done exactly once by the two nodes' workers together"() {
        given:
        def ada = ApiClient.newUser(a)
        def hashes = (1..20).collect { n ->
            def answer = (n % 2 == 0 ? ada : ada.on(b)).upload("photo${n}.png", png(n), 'image/png')
            assert answer.status == 201
            assert answer.json.content_type == 'image/png'
            (answer.json.file_hash as String) - 'sha256:' 
        }

        when:
        def deadline = System.currentTimeMillis() + 30_000
        def jobs = []
        while (System.currentTimeMillis() < deadline) {
            jobs = jobsOf(hashes)
            if (jobs.size() == 20 && jobs.every { it.status == 'DONE' }) {
                break
            }
            sleep(200)
        }

        then:
        jobs.size() == 20
        jobs.every { it.status == 'DONE' && it.attempts == 1 }
    }

    def "an administrator's deactivation on A holds on A at once and on B within a second"() {
        given:
        def users = nodeA.applicationContext.getBean(UserRepository)
        def transactions = nodeA.applicationContext.getBean(Transactions)
        def root = ApiClient.newAdmin(a, users, transactions)
        def ada = ApiClient.newUser(a)
        def id = ada.on(b).get('/api/v1/users/me').json.id

        when:
        ada.get('/api/v1/users/me')
        ada.on(b).get('/api/v1/users/me')
        long lastCheckOnB = System.nanoTime() // B remembered the session before it answered
        def answer = root.send('PUT', "/api/v1/admin/users/$id", [is_active: false])

        then:
        answer.status == 200
        ada.get('/api/v1/users/me').status == 401
        refusedOnceRememberingEnds(b, lastCheckOnB, ada.token)
        b.postJson('/api/v1/auth/login', credentials(ada)).status == 403
    }

    def "failed logins at one account on both nodes add up to a growing wait, answered alike for a name without an account"() {
        given:
        def ada = ApiClient.newUser(a)
        def ghost = 'ghost_' + UUID.randomUUID().toString().take(8)

        when: 'six wrong passwords, alternating between the nodes'
        def failures = (1..6).collect { (it % 2 == 0 ? a : b).postJson('/api/v1/auth/login', [username: ada.username, password: 'wrong']) }
        def right = a.postJson('/api/v1/auth/login', credentials(ada))
        def ghostAnswers = (1..7).collect { (it % 2 == 0 ? a : b).postJson('/api/v1/auth/login', [username: ghost, password: 'wrong']) }

        then:
        failures*.status == [401] * 6
        right.status == 429
        right.json == [detail: 'Too many login attempts. Please try again later.', error_code: 'RATE_LIMITED']
        right.header('Retry-After') == '1'
        ghostAnswers*.status == [401] * 6 + [429]
        ghostAnswers[6].json == right.json

        when:
        sleep(1_100)

        then:
        b.postJson('/api/v1/auth/login', credentials(ada)).status == 200
    }

    private static Map credentials(ApiClient user) {
        [username: user.username, password: ApiClient.PASSWORD]
    }

    private static Map<String, String> bearer(Object token) {
        [Authorization: "Bearer $token".toString()]
    }

    /** A small PNG whose pixels differ with {@code n}, so that each is its own content and its own job. */
    private static byte[] png(int n) {
        def image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB)
        def graphics = image.createGraphics()
        graphics.color = new Color(n * 12, 255 - n * 12, (n * 37) % 256)
        graphics.fillRect(0, 0, 80, 60)
        graphics.color = Color.WHITE
        graphics.drawString("#$n", 10, 30)
        graphics.dispose()
        def out = new ByteArrayOutputStream()
        ImageIO.write(image, 'png', out)
        out.toByteArray()
    }

    private static List<Map> jobsOf(List<String> hashes) {
        PostgresTestServer.get().connect().withCloseable {
            def statement = it.prepareStatement('SELECT status, attempts FROM thumbnail_jobs WHERE content_hash = ANY (?)')
            statement.setArray(1, it.createArrayOf('text', hashes as Object[]))
            def rows = statement.executeQuery()
            def jobs = []
            while (rows.next()) {
                jobs << [status: rows.getString(1), attempts: rows.getInt(2)]
            }
            jobs
        }
    }
}
