package io.spendvault.adapters.persistence.identity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.identity.port.LoginFailures
import io.spendvault.domain.identity.port.LoginFailuresContract
import jakarta.inject.Inject

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

@MicronautTest(transactional = false)
class PostgresLoginFailuresSpec extends LoginFailuresContract implements TestPropertyProvider {

    @Inject
    PostgresLoginFailures store

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    LoginFailures createStore() {
        store
    }

    def "twenty concurrent failures for one account are each counted"() {
        given:
        def key = key()
        def pool = Executors.newFixedThreadPool(8)
        def start = new CountDownLatch(1)

        when:
        def counts = (1..20).collect { pool.submit({ start.await(); failures.countFailure(key, now, Duration.ofHours(1)) } as Callable<Integer>) }
        start.countDown()

        then:
        counts*.get().sort() == (1..20).toList()

        cleanup:
        pool.shutdownNow()
    }
}
