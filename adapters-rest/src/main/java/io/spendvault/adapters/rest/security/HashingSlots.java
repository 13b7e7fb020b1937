package io.spendvault.adapters.rest.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most a fixed number of password hashes at once. Each Argon2id hash holds its memory (19 MiB by
 * default) and a core for its whole run, so running more at once than there are cores only adds memory and
 * makes every one of them slower: with eight clients logging in, memory would grow with the clients. The
 * others wait their turn, first come first served.
 */
final class HashingSlots {

    private final Semaphore permits;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    HashingSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one hashing slot is needed, not " + slots);
        }
        this.permits = new Semaphore(slots, true);
    }

    <T> T run(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            return hashing.get();
        } finally {
            running.decrementAndGet();
            permits.release();
        }
    }

    /** How many callers wait for a slot now. */
    int waiting() {
        return permits.getQueueLength();
    }

    /** The most hashes that ran at the same time so far. */
    int peak() {
        return peak.get();
    }
}
