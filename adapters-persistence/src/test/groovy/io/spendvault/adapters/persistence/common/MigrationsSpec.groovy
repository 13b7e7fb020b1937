package io.spendvault.adapters.persistence.common

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer

@MicronautTest(transactional = false)
class MigrationsSpec extends PostgresSpecification {

    def "starting the context applies every Flyway migration successfully"() {
        expect:
        def applied = query('SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank')
        applied*.version.contains('1')
        applied.every { it.success }
    }

    def "the trigram extension that text search relies on is installed"() {
        expect:
        query("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'").size() == 1
    }

    private static List<Map<String, Object>> query(String sql) {
        PostgresTestServer.get().connect().withCloseable { connection ->
            def rows = connection.createStatement().executeQuery(sql)
            def meta = rows.metaData
            def result = []
            while (rows.next()) {
                result << (1..meta.columnCount).collectEntries { [meta.getColumnLabel(it), rows.getObject(it)] }
            }
            result
        }
    }
}
