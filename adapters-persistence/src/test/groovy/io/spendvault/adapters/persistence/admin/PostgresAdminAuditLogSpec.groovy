package io.spendvault.adapters.persistence.admin

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.admin.port.AdminAuditLog
import io.spendvault.domain.admin.port.AdminAuditLogContract
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class PostgresAdminAuditLogSpec extends AdminAuditLogContract implements TestPropertyProvider {

    @Inject
    PostgresAdminAuditLog log

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    AdminAuditLog createLog() {
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute('TRUNCATE admin_audit') }
        log
    }
}
