package io.spendvault.adapters.persistence.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import io.spendvault.domain.ratelimit.RateLimit;
import io.spendvault.domain.ratelimit.RateLimitDecision;
import io.spendvault.domain.ratelimit.port.RateLimiter;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link RateLimiter} on Bucket4j's PostgreSQL integration: each key's token bucket is a row of
 * {@code rate_limit_buckets}, read and written under {@code SELECT … FOR UPDATE}, so every instance on the
 * same database counts into the same bucket.
 *
 * <p>Cost: a large limit (20 or more per window) lets each instance take up to 5% of it locally before it
 * writes back (Bucket4j's delaying optimisation, synchronised at least every second), so a busy client
 * does not cost a database round trip per request; a limit may then be exceeded by that 5% per instance.
 * Small limits (logins) are exact: every request is counted in the database. Concurrent requests for one
 * key are batched into one round trip either way. The proxies are kept per key, at most
 * {@value #MAX_CACHED_KEYS}, least recently used first out.
 */
@Singleton
public class PostgresRateLimiter implements RateLimiter {

    static final int MAX_CACHED_KEYS = 10_000;
    private static final Duration MAX_UNSYNCHRONISED_TIME = Duration.ofSeconds(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, BucketProxy> proxies = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
            return size() > MAX_CACHED_KEYS;
        }
    });

    PostgresRateLimiter(DataSource dataSource) {
        // Bucket4j commits its own short transactions: give it the pool itself, not the connection of
        // whatever transaction the calling thread may be in.
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(5)))
                .build();
    }

    @Override
    public RateLimitDecision acquire(String key, RateLimit limit) {
        BucketProxy bucket = proxies.computeIfAbsent(key, ignored -> proxy(key, limit));
        ConsumptionProbe probe;
        try {
            probe = bucket.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException failure) {
            if (!isNewBucketRace(failure)) {
                throw failure;
            }
            // Two instances created the key's first row at once and this batch saw it still empty: nothing
            // was consumed, and the row exists now, so the second try counts normally.
            probe = bucket.tryConsumeAndReturnRemaining(1);
        }
        return new RateLimitDecision(probe.isConsumed(), limit.requests(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private BucketProxy proxy(String key, RateLimit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.window()))
                .build();
        long localShare = limit.requests() / 20;
        RemoteBucketBuilder<String> builder = buckets.builder().withOptimization(localShare > 0
                ? Optimizations.delaying(new DelayParameters(localShare, MAX_UNSYNCHRONISED_TIME))
                : Optimizations.batching());
        return builder.build(key, () -> configuration);
    }

    private static boolean isNewBucketRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** Buckets that are full again hold nothing worth keeping; removed a batch at a time. */
    @Scheduled(initialDelay = "1m", fixedDelay = "${spendvault.rate-limit.cleanup-interval:5m}")
    void removeFullBuckets() {
        while (buckets.removeExpired(1_000) == 1_000) {
            // another batch
        }
    }
}
