package io.spendvault.domain.identity.port

import spock.lang.Specification

import java.time.Duration
import java.time.Instant

/** What every {@link LoginFailures} does. */
abstract class LoginFailuresContract extends Specification {

    LoginFailures failures

    abstract LoginFailures createStore()

    def setup() {
        failures = createStore()
    }

    static Instant now = Instant.parse('2026-03-01T10:00:00Z')
    static Duration hour = Duration.ofHours(1)

    static String key() { 'user:' + UUID.randomUUID() }

    def "failures are counted per key, and forgotten after the memory or on forget"() {
        given:
        def ada = key()
        def grace = key()

        expect:
        failures.countFailure(ada, now, hour) == 1
        failures.countFailure(ada, now.plusSeconds(1), hour) == 2
        failures.countFailure(grace, now, hour) == 1
        failures.countFailure(ada, now.plusSeconds(2).plus(hour), hour) == 1

        when:
        failures.forget(grace)

        then:
        failures.countFailure(grace, now.plusSeconds(3), hour) == 1
    }

    def "a block holds until its time, and forget lifts it"() {
        given:
        def ada = key()
        failures.countFailure(ada, now, hour)

        when:
        failures.blockUntil(ada, now.plusSeconds(8))

        then:
        failures.blockedUntil(ada, now).get() == now.plusSeconds(8)
        failures.blockedUntil(ada, now.plusSeconds(8)).isEmpty()
        failures.blockedUntil(key(), now).isEmpty()

        when:
        failures.forget(ada)

        then:
        failures.blockedUntil(ada, now).isEmpty()
    }
}
