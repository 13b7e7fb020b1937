package io.spendvault.adapters.persistence.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers for a moment ({@code spendvault.security.session-check-cache}, 1 s) that a session was current,
 * so that a client's burst of requests asks the database once instead of once per request. Only "current"
 * is remembered; a refused token asks every time.
 * <p>
 * On this node a change is seen at once: every write that can end a session's currency (a revocation, an
 * account's update or deletion) forgets everything, when it is made and again when its transaction ends,
 * and an answer read while such a change was under way is not kept (the generation moved on). Another node
 * sees it once its memory of the session expires: within the cache's time. {@code 0s} turns the memory off.
 */
@Singleton
public class RecentSessionChecks {

    /** A check as the access token states it. */
    record Key(UUID session, UUID user, String role) {
    }

    /** When each remembered session expires: it is current until then (or until forgotten). */
    private final Cache<Key, Instant> current;
    private final boolean enabled;
    private final AtomicLong generation = new AtomicLong();
    private final TransactionOperations<Connection> transactions;

    RecentSessionChecks(@Value("${spendvault.security.session-check-cache:1s}") Duration lifetime,
                        TransactionOperations<Connection> transactions) {
        this.enabled = !lifetime.isZero() && !lifetime.isNegative();
        this.current = Caffeine.newBuilder().expireAfterWrite(enabled ? lifetime : Duration.ofNanos(1)).maximumSize(10_000).build();
        this.transactions = transactions;
    }

    /**
     * Whether {@code key} is current at {@code now}: remembered, or as {@code expiryIfCurrent} (the database)
     * answers with the session's expiry, null when it is not current.
     */
    boolean isCurrent(Key key, Instant now, Supplier<Instant> expiryIfCurrent) {
        if (remembers(key, now)) {
            return true;
        }
        long seen = generation.get();
        Instant expiry = expiryIfCurrent.get();
        if (expiry == null) {
            return false;
        }
        if (enabled) {
            current.put(key, expiry);
            if (generation.get() != seen) {
                current.invalidate(key); // a change came while we asked: the answer may predate it
            }
        }
        return now.isBefore(expiry);
    }

    /** Whether {@code key} is remembered as current at {@code now}: never waits, never asks the database. */
    boolean remembers(Key key, Instant now) {
        Instant expiry = enabled ? current.getIfPresent(key) : null;
        return expiry != null && now.isBefore(expiry);
    }

    /**
     * A session or an account was written: forget every answer now and, inside a transaction, once more
     * when it ends, so that no answer read before the commit outlives it.
     */
    void changed() {
        forget();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status completed) {
                forget();
            }
        }));
    }

    private void forget() {
        generation.incrementAndGet();
        current.invalidateAll();
    }
}
