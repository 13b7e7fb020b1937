package io.spendvault.domain.identity.testsupport

import io.spendvault.domain.identity.port.LoginFailures

import java.time.Duration
import java.time.Instant

/** Failed logins in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemoryLoginFailures implements LoginFailures {

    private final Map<String, Map> rows = [:]

    @Override
    synchronized Optional<Instant> blockedUntil(String key, Instant now) {
        Optional.ofNullable(rows[key]?.blockedUntil as Instant).filter { it.isAfter(now) }
    }

    @Override
    synchronized int countFailure(String key, Instant now, Duration memory) {
        def row = rows[key]
        if (row == null || (row.last as Instant).isBefore(now.minus(memory))) {
            row = [failures: 0, blockedUntil: null]
            rows[key] = row
        }
        row.failures = (row.failures as int) + 1
        row.last = now
        row.failures as int
    }

    @Override
    synchronized void blockUntil(String key, Instant until) {
        rows[key]?.blockedUntil = until
    }

    @Override
    synchronized void forget(String key) {
        rows.remove(key)
    }
}
