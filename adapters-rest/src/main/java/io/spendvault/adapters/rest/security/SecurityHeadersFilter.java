package io.spendvault.adapters.rest.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.spendvault.adapters.rest.common.ApiError;

/**
 * Hardening headers on every response, including the ones the security layer and the CORS check answer
 * by themselves: this filter wraps all others. API answers are per user and often personal, so they are
 * never cached; a download may set its own caching headers (ETag) and is left alone when it did. When
 * auth cookies are {@code Secure} the server is reached over HTTPS, so browsers are told to stay there.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    static final String API_PREFIX = "/api/";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final boolean strictTransport;

    public SecurityHeadersFilter(TokenSettings settings) {
        this.strictTransport = settings.cookieSecure();
    }

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("X-Frame-Options")) {
            // an inline download framed by the web app's preview says SAMEORIGIN itself
            headers.set("X-Frame-Options", "DENY");
        }
        headers.set("Referrer-Policy", "no-referrer");
        if (strictTransport) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (request.getPath().startsWith(API_PREFIX) && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (refusedPreflight(request, response)) {
            // the CORS check answers a bare 403; clients parse one error shape
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Object> refused = (MutableHttpResponse<Object>) response;
            refused.contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ApiError.of("Cross-origin request refused for this origin or method", "CORS_REFUSED"));
        }
    }

    private static boolean refusedPreflight(HttpRequest<?> request, MutableHttpResponse<?> response) {
        return response.status() == HttpStatus.FORBIDDEN && response.getBody().isEmpty()
                && request.getMethod() == HttpMethod.OPTIONS && request.getHeaders().contains(HttpHeaders.ORIGIN)
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    }

    @Override
    public int getOrder() {
        // outside the request id filter too, so that nothing answers without these headers
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
