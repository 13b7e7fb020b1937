package io.spendvault.adapters.persistence.identity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.identity.port.UserRepository
import io.spendvault.domain.identity.port.UserRepositoryContract
import jakarta.inject.Inject

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

@MicronautTest(transactional = false)
class PostgresUserRepositorySpec extends UserRepositoryContract implements TestPropertyProvider {

    @Inject
    PostgresUserRepository repository

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    UserRepository createRepository() {
        IdentityTables.clear()
        repository
    }

    def "of two concurrent registrations of one name, the unique index lets exactly one win"() {
        given:
        def pool = Executors.newFixedThreadPool(2)
        def start = new CountDownLatch(1)
        def attempts = [user('twin', 'twin1@example.com'), user('TWIN', 'twin2@example.com')].collect { candidate ->
            pool.submit({
                start.await()
                try {
                    users.insert(candidate)
                    'inserted'
                } catch (ConflictException e) {
                    e.code()
                }
            } as Callable)
        }

        when:
        start.countDown()
        def outcomes = attempts*.get()

        then:
        outcomes.sort() == ['USERNAME_TAKEN', 'inserted']

        cleanup:
        pool.shutdownNow()
    }

    def "the database itself refuses a second account with the same e-mail"() {
        given:
        users.insert(user('first', 'same@example.com'))

        when: 'the check-then-insert of the service is bypassed'
        users.insert(user('second', 'same@example.com'))

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == 'EMAIL_TAKEN'
    }
}
