package io.spendvault.domain.admin.testsupport

import io.spendvault.domain.admin.AuditEntry
import io.spendvault.domain.admin.port.AdminAuditLog
import io.spendvault.domain.common.Page
import io.spendvault.domain.common.PageRequest

/** The audit trail in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemoryAdminAuditLog implements AdminAuditLog {

    final List<AuditEntry> entries = Collections.synchronizedList([])

    @Override
    void append(AuditEntry entry) {
        entries << entry
    }

    @Override
    Page<AuditEntry> list(PageRequest page) {
        def newest = entries.sort(false) { a, b -> b.at() <=> a.at() ?: b.id() <=> a.id() }
        def from = Math.min(page.offset(), newest.size()) as int
        def to = Math.min(from + page.size(), newest.size()) as int
        new Page<AuditEntry>(newest.subList(from, to), newest.size(), page)
    }
}
