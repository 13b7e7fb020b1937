package io.spendvault.adapters.rest.security

import spock.lang.Specification
import spock.lang.Timeout

import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

@Timeout(20)
class HashingSlotsSpec extends Specification {

    def "no more than the slots run at once; the others wait and then all finish"() {
        given:
        def slots = new HashingSlots(2)
        def inside = new AtomicInteger()
        def release = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(6)

        when:
        def results = (1..6).collect { n ->
            pool.submit({ slots.run { inside.incrementAndGet(); release.await(); n } } as java.util.concurrent.Callable)
        }
        waitUntil { slots.waiting() == 4 }

        then:
        inside.get() == 2

        when:
        release.countDown()

        then:
        results*.get(5, TimeUnit.SECONDS) == (1..6).toList()
        inside.get() == 6
        slots.peak() == 2
        slots.waiting() == 0

        cleanup:
        pool.shutdownNow()
    }

    def "a slot is given back when the work fails"() {
        given:
        def slots = new HashingSlots(1)

        when:
        slots.run { throw new IllegalStateException('boom') }

        then:
        thrown(IllegalStateException)
        slots.run { 'next' } == 'next'
    }

    def "at least one slot"() {
        when:
        new HashingSlots(0)

        then:
        thrown(IllegalArgumentException)
    }

    def "the hasher's #operation waits for a free slot"() {
        given: 'one slot, held by someone else'
        def hasher = new Argon2PasswordHasher(new Argon2Settings(1024, 1, 1, 1))
        def stored = hasher.hash('correct horse battery')
        def release = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(2)
        pool.submit({ hasher.slots().run { release.await() } } as java.util.concurrent.Callable)
        waitUntil { hasher.slots().peak() == 1 && hasher.slots().waiting() == 0 }

        when:
        def result = pool.submit({ work(hasher, stored) } as java.util.concurrent.Callable)
        waitUntil { hasher.slots().waiting() == 1 }

        then: 'it waits'
        !result.done

        when:
        release.countDown()

        then: 'and runs once the slot is free'
        result.get(5, TimeUnit.SECONDS) == expected
        hasher.slots().peak() == 1

        cleanup:
        pool.shutdownNow()

        where:
        operation         | work                                                               | expected
        'hashing'         | { Argon2PasswordHasher h, String s -> h.hash('pw').startsWith('$argon2id$') } | true
        'check'           | { Argon2PasswordHasher h, String s -> h.verify('correct horse battery', s) }   | true
        'failed check'    | { Argon2PasswordHasher h, String s -> h.verify('wrong', s) }                   | false
    }

    def "a malformed hash is refused without waiting for a slot"() {
        given:
        def hasher = new Argon2PasswordHasher(new Argon2Settings(1024, 1, 1, 1))

        expect:
        !hasher.verify('anything', 'not a hash')
        hasher.slots().peak() == 0
    }

    def "by default one hash per core"() {
        expect:
        new Argon2Settings(19456, 2, 1, 0).concurrentHashes() == Runtime.runtime.availableProcessors()
        new Argon2Settings(19456, 2, 1, 3).concurrentHashes() == 3
    }

    private static void waitUntil(Closure<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5)
        while (!condition()) {
            assert System.nanoTime() < deadline: 'condition not reached in 5 s'
            Thread.sleep(10)
        }
    }
}
