package io.spendvault.adapters.persistence.common

import io.micronaut.data.jdbc.runtime.JdbcOperations
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class JdbcTransactionsSpec extends PostgresSpecification {

    @Inject
    Transactions transactions

    @Inject
    JdbcOperations jdbc

    def setup() {
        PostgresTestServer.get().connect().withCloseable {
            it.createStatement().execute('''
                DROP TABLE IF EXISTS tx_probe;
                CREATE TABLE tx_probe (name text PRIMARY KEY)''')
        }
    }

    def "work that completes is committed"() {
        when:
        transactions.inTransaction { insert('a'); insert('b') }

        then:
        namesOnDisk() == ['a', 'b']
    }

    def "work that fails half-way leaves no rows behind"() {
        when:
        transactions.inTransaction {
            insert('a')
            throw new IllegalStateException('boom after the first row')
        }

        then:
        def failure = thrown(IllegalStateException)
        failure.message == 'boom after the first row'
        namesOnDisk() == []
    }

    def "a database error inside the work rolls back the rows written before it"() {
        when:
        transactions.inTransaction { insert('a'); insert('a') }

        then:
        thrown(RuntimeException)
        namesOnDisk() == []
    }

    def "a nested unit of work joins the outer transaction and rolls back with it"() {
        when:
        transactions.inTransaction {
            transactions.inTransaction { insert('inner') }
            throw new IllegalStateException('outer fails')
        }

        then:
        thrown(IllegalStateException)
        namesOnDisk() == []
    }

    def "the result of the work is returned"() {
        expect:
        transactions.inTransaction({ insert('x'); 42 } as java.util.function.Supplier) == 42
    }

    private void insert(String name) {
        jdbc.prepareStatement('INSERT INTO tx_probe(name) VALUES (?)') { statement ->
            statement.setString(1, name)
            statement.executeUpdate()
        }
    }

    /** Read through a separate connection, so only committed rows are seen. */
    private static List<String> namesOnDisk() {
        PostgresTestServer.get().connect().withCloseable { connection ->
            def rows = connection.createStatement().executeQuery('SELECT name FROM tx_probe ORDER BY name')
            def names = []
            while (rows.next()) {
                names << rows.getString(1)
            }
            names
        }
    }
}
