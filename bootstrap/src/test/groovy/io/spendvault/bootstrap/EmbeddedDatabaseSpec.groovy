package io.spendvault.bootstrap

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.sql.DriverManager

class EmbeddedDatabaseSpec extends Specification {

    @TempDir
    Path dataDir

    def "data written before a restart is there after it"() {
        given:
        def first = EmbeddedDatabase.start(dataDir)
        execute(first, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES (\'still here\')')
        first.close()

        when:
        def second = EmbeddedDatabase.start(dataDir)
        def value = query(second, 'SELECT v FROM kept')

        then:
        value == 'still here'

        cleanup:
        second?.close()
    }

    def "the application database is created on first start"() {
        given:
        def database = EmbeddedDatabase.start(dataDir)

        expect:
        query(database, 'SELECT current_database()') == EmbeddedDatabase.DATABASE

        cleanup:
        database.close()
    }

    def "a second process on the same data directory is refused with a clear message"() {
        given:
        def first = EmbeddedDatabase.start(dataDir)

        when:
        EmbeddedDatabase.start(dataDir)

        then:
        def failure = thrown(IllegalStateException)
        failure.message.contains('Another process is already using the embedded PostgreSQL')

        cleanup:
        first.close()
    }

    private static void execute(EmbeddedDatabase database, String sql) {
        connect(database).withCloseable { it.createStatement().execute(sql) }
    }

    private static String query(EmbeddedDatabase database, String sql) {
        connect(database).withCloseable {
            def rows = it.createStatement().executeQuery(sql)
            rows.next()
            rows.getString(1)
        }
    }

    private static connect(EmbeddedDatabase database) {
        def properties = database.dataSourceProperties()
        DriverManager.getConnection(properties['datasources.default.url'] as String,
                properties['datasources.default.username'] as String, properties['datasources.default.password'] as String)
    }
}
