package io.spendvault.adapters.persistence.common

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import jakarta.inject.Inject

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/** The advisory lock on the real PostgreSQL: one holder per job at a time, released with its transaction. */
@MicronautTest(transactional = false)
class PostgresClusterLockSpec extends PostgresSpecification {

    @Inject
    PostgresClusterLock lock

    def "while one caller does a job, another is told it is taken; a different job is free; afterwards it is free again"() {
        given:
        def holding = new CountDownLatch(1)
        def release = new CountDownLatch(1)
        def holder = Thread.start {
            lock.ifFree('sweep') {
                holding.countDown()
                release.await(20, TimeUnit.SECONDS)
                'first'
            }
        }
        assert holding.await(20, TimeUnit.SECONDS)

        expect: 'taken while held, by another connection (another node)'
        lock.ifFree('sweep') { 'second' } == Optional.empty()
        lock.ifFree('another job') { 'other' } == Optional.of('other')

        when:
        release.countDown()
        holder.join(20_000)

        then: 'released with the transaction'
        lock.ifFree('sweep') { 'third' } == Optional.of('third')
    }

    def "a job that fails releases the lock with its rolled back transaction"() {
        when:
        lock.ifFree('failing') { throw new IllegalStateException('boom') }

        then:
        thrown(IllegalStateException)
        lock.ifFree('failing') { 'ran' } == Optional.of('ran')
    }
}
