package io.spendvault.adapters.rest.ratelimit;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.spendvault.adapters.rest.common.ApiError;
import io.spendvault.adapters.rest.common.RetryAfter;
import io.spendvault.domain.ratelimit.RateLimitDecision;

import java.time.Clock;

/**
 * The headers of a limited response: {@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Reset} (epoch
 * seconds when the bucket is full again); on a refusal also {@code Retry-After} and
 * {@code X-RateLimit-Retry-After} (whole seconds, at least one).
 */
final class RateLimitHeaders {

    static final String LOGIN_REFUSED = "Too many login attempts. Please try again later.";
    static final String REFUSED = "Too many requests. Please try again later.";

    private RateLimitHeaders() {
    }

    static void apply(MutableHttpResponse<?> response, RateLimitDecision decision, Clock clock) {
        long resetAt = clock.instant().plus(decision.untilReset()).getEpochSecond() + (decision.untilReset().isZero() ? 0 : 1);
        response.header("X-RateLimit-Limit", Long.toString(decision.limit()));
        response.header("X-RateLimit-Remaining", Long.toString(Math.max(0, decision.remaining())));
        response.header("X-RateLimit-Reset", Long.toString(resetAt));
        if (!decision.allowed()) {
            RetryAfter.set(response, decision.retryAfter());
        }
    }

    static MutableHttpResponse<ApiError> refusal(RateLimitDecision decision, String detail, Clock clock) {
        MutableHttpResponse<ApiError> response = HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS)
                .body(ApiError.of(detail, "RATE_LIMITED"));
        apply(response, decision, clock);
        return response;
    }
}
