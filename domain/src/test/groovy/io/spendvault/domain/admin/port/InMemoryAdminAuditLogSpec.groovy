package io.spendvault.domain.admin.port

import io.spendvault.domain.admin.testsupport.InMemoryAdminAuditLog

/** The audit fake used by application specs passes the same contract as the PostgreSQL adapter. */
class InMemoryAdminAuditLogSpec extends AdminAuditLogContract {
    @Override
    AdminAuditLog createLog() { new InMemoryAdminAuditLog() }
}
