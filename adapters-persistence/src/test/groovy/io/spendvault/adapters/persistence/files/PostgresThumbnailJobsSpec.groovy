package io.spendvault.adapters.persistence.files

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.files.port.ThumbnailJobs
import io.spendvault.domain.files.port.ThumbnailJobsContract
import jakarta.inject.Inject

/** The thumbnail queue contract on PostgreSQL, where claims rely on FOR UPDATE SKIP LOCKED across connections. */
@MicronautTest(transactional = false)
class PostgresThumbnailJobsSpec extends ThumbnailJobsContract implements TestPropertyProvider {

    @Inject
    PostgresThumbnailJobs repository

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    ThumbnailJobs createJobs() {
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute('TRUNCATE thumbnail_jobs') }
        repository
    }
}
