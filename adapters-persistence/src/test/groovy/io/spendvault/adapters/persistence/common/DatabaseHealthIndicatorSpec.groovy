package io.spendvault.adapters.persistence.common

import io.micronaut.health.HealthStatus
import io.micronaut.management.health.indicator.HealthResult
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import jakarta.inject.Inject
import org.postgresql.ds.PGSimpleDataSource
import reactor.core.publisher.Mono

import java.util.concurrent.Executors

@MicronautTest(transactional = false)
class DatabaseHealthIndicatorSpec extends PostgresSpecification {

    @Inject
    DatabaseHealthIndicator indicator

    def "the database is ready when PostgreSQL answers, and its version is reported without the URL"() {
        when:
        HealthResult result = Mono.from(indicator.result).block()

        then:
        result.name == 'database'
        result.status == HealthStatus.UP
        result.details.database == 'PostgreSQL'
        result.details.version ==~ /\d+(\.\d+)*.*/
        !result.details.toString().contains('jdbc:')
    }

    def "the database is not ready when the server cannot be reached"() {
        given: 'a real driver pointed at a port where nothing listens'
        def unreachable = new PGSimpleDataSource(serverNames: ['127.0.0.1'] as String[], portNumbers: [freePort()] as int[],
                databaseName: 'nothing', user: 'nobody', connectTimeout: 1)

        when:
        HealthResult result = Mono.from(new DatabaseHealthIndicator(unreachable).tap {
            executorService = Executors.newSingleThreadExecutor()
        }.result).block()

        then:
        result.status == HealthStatus.DOWN
        result.details.error.startsWith('database unreachable')
    }

    private static int freePort() {
        new ServerSocket(0).withCloseable { it.localPort }
    }
}
