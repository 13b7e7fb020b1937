package io.spendvault.domain.admin.port

import io.spendvault.domain.admin.AuditEntry
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.identity.UserId
import spock.lang.Specification

import java.time.Instant

/** What every {@link AdminAuditLog} does; each feature starts with an empty trail. */
abstract class AdminAuditLogContract extends Specification {

    AdminAuditLog audit

    abstract AdminAuditLog createLog()

    def setup() {
        audit = createLog()
    }

    static Instant now = Instant.parse('2026-03-01T10:00:00Z')

    static AuditEntry entry(String field, String before, String after, Instant at) {
        new AuditEntry(UUID.randomUUID(), UserId.random(), 'root', AuditEntry.UPDATE_USER, UserId.random(), 'ada',
                field, before, after, at)
    }

    def "entries are read back whole, newest first, a page at a time"() {
        given:
        def oldest = entry('role', 'user', 'admin', now)
        def middle = entry('storage_quota', '1048576', null, now.plusSeconds(1))
        def newest = entry('is_active', 'true', 'false', now.plusSeconds(2))
        [middle, oldest, newest].each { audit.append(it) }

        when:
        def first = audit.list(new PageRequest(1, 2))
        def second = audit.list(new PageRequest(2, 2))

        then:
        first.total() == 3
        first.items() == [newest, middle]
        second.items() == [oldest]
        first.items()[1].after() == null
    }

    def "an empty trail is an empty page"() {
        expect:
        audit.list(new PageRequest(1, 20)).total() == 0
        audit.list(new PageRequest(1, 20)).items().isEmpty()
    }
}
