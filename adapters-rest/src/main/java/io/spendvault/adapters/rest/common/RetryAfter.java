package io.spendvault.adapters.rest.common;

import io.micronaut.http.MutableHttpResponse;

import java.time.Duration;

/** {@code Retry-After} and {@code X-RateLimit-Retry-After} of a refused request: whole seconds, at least one. */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static void set(MutableHttpResponse<?> response, Duration wait) {
        long seconds = Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
        response.header("Retry-After", Long.toString(seconds));
        response.header("X-RateLimit-Retry-After", Long.toString(seconds));
    }
}
