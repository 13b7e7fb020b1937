package io.spendvault.adapters.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code spendvault.security.argon2.*}: Argon2id cost. The defaults follow OWASP's recommendation
 * (19 MiB, 2 iterations, 1 lane): about 20 ms of one core per login, and memory a server can afford.
 * {@code max-concurrent} bounds the hashes running at once (0: one per core), so the memory they take
 * does not grow with the number of clients logging in.
 */
@ConfigurationProperties("spendvault.security.argon2")
public record Argon2Settings(
        @Bindable(defaultValue = "19456") int memoryKib,
        @Bindable(defaultValue = "2") int iterations,
        @Bindable(defaultValue = "1") int parallelism,
        @Bindable(defaultValue = "0") int maxConcurrent) {

    /** The hashes that may run at once: {@code max-concurrent}, or the number of cores when it is 0. */
    public int concurrentHashes() {
        return maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors();
    }
}
