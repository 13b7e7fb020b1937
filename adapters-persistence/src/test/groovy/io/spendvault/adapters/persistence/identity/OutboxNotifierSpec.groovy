package io.spendvault.adapters.persistence.identity

import io.micronaut.context.annotation.Factory
import io.micronaut.context.annotation.Property
import io.micronaut.context.annotation.Requires
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.Username
import jakarta.inject.Inject
import jakarta.inject.Singleton

import java.time.Clock
import java.time.Instant

@MicronautTest(transactional = false)
@Property(name = 'spec.name', value = 'OutboxNotifierSpec')
class OutboxNotifierSpec extends PostgresSpecification {

    @Factory
    @Requires(property = 'spec.name', value = 'OutboxNotifierSpec')
    static class TestClock {
        @Singleton
        Clock clock() { Clock.systemUTC() }
    }

    @Inject
    OutboxNotifier notifier

    @Inject
    Transactions transactions

    def setup() {
        IdentityTables.clear()
    }

    private static List<Map> outbox() {
        PostgresTestServer.get().connect().withCloseable {
            def rows = it.createStatement().executeQuery('SELECT recipient, kind, body FROM notification_outbox')
            def result = []
            while (rows.next()) {
                result << [recipient: rows.getString(1), kind: rows.getString(2), body: rows.getString(3)]
            }
            result
        }
    }

    def user = User.register(new Username('ada'), new EmailAddress('ada@example.com'), 'hash', Role.USER, Instant.now())

    def "a reset message lands in the outbox with its token"() {
        when:
        notifier.passwordResetRequested(user, 'the-reset-token', Instant.parse('2026-01-01T00:30:00Z'))

        then:
        outbox() == [[recipient: 'ada@example.com', kind: 'PASSWORD_RESET', body: outbox()[0].body]]
        outbox()[0].body.contains('the-reset-token')
    }

    def "a message written in a transaction that fails is not in the outbox"() {
        when:
        transactions.inTransaction {
            notifier.passwordResetRequested(user, 'never-sent', Instant.now())
            throw new IllegalStateException('the token insert failed')
        }

        then:
        thrown(IllegalStateException)
        outbox().isEmpty()
    }
}
