package io.spendvault.adapters.persistence.files

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.identity.IdentityTables
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.files.port.FileRepository
import io.spendvault.domain.files.port.FileRepositoryContract
import io.spendvault.domain.identity.UserId
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class PostgresFileRepositorySpec extends FileRepositoryContract implements TestPropertyProvider {

    @Inject
    PostgresFileRepository repository

    @Inject
    PostgresUserRepository users

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    FileRepository createRepository() {
        IdentityTables.clear()
        repository
    }

    @Override
    UserId existingUser() {
        TestUsers.insertOne(users)
    }

    def "the list query of a user is served by an index, not a scan of everyone's files"() {
        given:
        def plan = PostgresTestServer.get().connect().withCloseable {
            it.createStatement().execute('SET enable_seqscan = off')
            def rows = it.createStatement().executeQuery(
                    "EXPLAIN SELECT id FROM files WHERE user_id = '${ada}' ORDER BY upload_date DESC, id DESC LIMIT 20")
            def lines = []
            while (rows.next()) { lines << rows.getString(1) }
            lines.join('\n')
        }

        expect: 'one of the per-owner indexes narrows the rows (which one depends on table statistics)'
        plan.contains('files_by_owner_')
        !plan.contains('Seq Scan')
    }
}
