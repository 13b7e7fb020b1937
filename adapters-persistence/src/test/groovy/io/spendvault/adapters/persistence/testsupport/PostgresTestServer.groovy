package io.spendvault.adapters.persistence.testsupport

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.slf4j.Logger
import org.slf4j.LoggerFactory
import org.testcontainers.DockerClientFactory
import org.testcontainers.postgresql.PostgreSQLContainer

import java.sql.Connection
import java.sql.DriverManager

/**
 * The real PostgreSQL that integration specs run against, started once per JVM. In order of preference:
 * <ol>
 *   <li>an external server named by {@code SPENDVAULT_TEST_DB_URL} (with {@code _USER} and {@code _PASSWORD}),</li>
 *   <li>a Testcontainers PostgreSQL when a Docker engine answers,</li>
 *   <li>an embedded PostgreSQL (zonky) otherwise, as on CI.</li>
 * </ol>
 * Never H2: if none of these can start, the spec fails instead of passing without a database.
 */
final class PostgresTestServer {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTestServer)
    private static PostgresTestServer instance

    final String jdbcUrl
    final String username
    final String password
    final String kind

    private PostgresTestServer(String jdbcUrl, String username, String password, String kind) {
        this.jdbcUrl = jdbcUrl
        this.username = username
        this.password = password
        this.kind = kind
    }

    static synchronized PostgresTestServer get() {
        if (instance == null) {
            instance = start()
            LOG.info("Integration specs use {} PostgreSQL at {}", instance.kind, instance.jdbcUrl)
        }
        return instance
    }

    /** Micronaut properties that point the default data source at this server. */
    Map<String, String> micronautProperties() {
        [
                'datasources.default.url'     : jdbcUrl,
                'datasources.default.username': username,
                'datasources.default.password': password,
        ]
    }

    Connection connect() {
        DriverManager.getConnection(jdbcUrl, username, password)
    }

    /** The first column of the first row of {@code query}, as a number (a count, a sum). */
    long number(String query) {
        connect().withCloseable {
            def row = it.createStatement().executeQuery(query)
            row.next()
            row.getLong(1)
        }
    }

    /** Runs SQL outside any transaction of the specs' context (as an import, a migration or a psql user would). */
    void execute(String sql) {
        connect().withCloseable { it.createStatement().execute(sql) }
    }

    private static PostgresTestServer start() {
        def env = System.getenv()
        if (env.SPENDVAULT_TEST_DB_URL) {
            return new PostgresTestServer(env.SPENDVAULT_TEST_DB_URL, env.SPENDVAULT_TEST_DB_USER ?: 'postgres',
                    env.SPENDVAULT_TEST_DB_PASSWORD ?: '', 'external')
        }
        if (dockerAvailable()) {
            def container = new PostgreSQLContainer('postgres:17-alpine')
            container.start()
            Runtime.runtime.addShutdownHook(new Thread({ container.stop() }))
            return new PostgresTestServer(container.jdbcUrl, container.username, container.password, 'Testcontainers')
        }
        def embedded = EmbeddedPostgres.builder().start()
        Runtime.runtime.addShutdownHook(new Thread({ embedded.close() }))
        return new PostgresTestServer(embedded.getJdbcUrl('postgres', 'postgres'), 'postgres', 'postgres', 'embedded')
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable()
        } catch (Throwable ignored) {
            return false
        }
    }
}
