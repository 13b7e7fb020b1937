package io.spendvault.adapters.rest.ratelimit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.spendvault.adapters.rest.common.ApiError;
import jakarta.inject.Singleton;

import java.time.Clock;

/** 429 in the error format, with the limit's headers. */
@Singleton
public class RateLimitedHandler implements ExceptionHandler<RateLimitedException, HttpResponse<ApiError>> {

    private final Clock clock;

    RateLimitedHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RateLimitedException exception) {
        return RateLimitHeaders.refusal(exception.decision(), exception.getMessage(), clock);
    }
}
