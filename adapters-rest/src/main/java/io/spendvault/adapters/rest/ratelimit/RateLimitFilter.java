package io.spendvault.adapters.rest.ratelimit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.spendvault.adapters.rest.storage.BlobLinkController;
import io.spendvault.domain.ratelimit.RateLimitDecision;
import io.spendvault.domain.ratelimit.port.RateLimiter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Counts every API request against the limit of its {@link RateLimitScope}: the credential endpoints per
 * client address, everything else per authenticated user. Runs after authentication (it needs the user),
 * on the blocking executor (the buckets are in the database). Requests nobody authenticated, other than
 * the credential endpoints, are not counted: they are refused by the security layer anyway, or are
 * public by design (the API documentation).
 */
@ServerFilter("/api/**")
@Requires(property = "spendvault.rate-limit.enabled", notEquals = "false")
public class RateLimitFilter implements Ordered {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    /** The credential endpoints and the name of each in its bucket key. */
    private static final Map<String, String> CREDENTIAL_ENDPOINTS = Map.of(
            "/api/v1/auth/login", "login", "/api/v1/auth/register", "register", "/api/v1/auth/refresh", "refresh",
            "/api/v1/auth/forgot-password", "forgot-password", "/api/v1/auth/reset-password", "reset-password",
            "/api/v1/notifications/unsubscribe", "unsubscribe");
    private static final Pattern UPLOADS = Pattern.compile("/api/v1/(uploads|purchases/[^/]+/files|import(/.*)?)");
    /** Probes, metrics scrapers and signed download links are never limited, even with credentials. */
    private static final List<String> UNLIMITED = List.of("/api/v1/health", "/api/v1/prometheus", BlobLinkController.ROUTE);

    private final RateLimiter limiter;
    private final RateLimitSettings settings;
    private final ClientAddress clients;
    private final Clock clock;

    RateLimitFilter(RateLimiter limiter, RateLimitSettings settings, ClientAddress clients, Clock clock) {
        this.limiter = limiter;
        this.settings = settings;
        this.clients = clients;
        this.clock = clock;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> count(HttpRequest<?> request) {
        String path = withoutTrailingSlash(request.getPath());
        Optional<Bucket> bucket = bucketOf(request, path);
        if (bucket.isEmpty()) {
            return null;
        }
        RateLimitDecision decision = limiter.acquire(bucket.get().key(), settings.limit(bucket.get().scope()));
        request.setAttribute(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        return RateLimitHeaders.refusal(decision, path.equals("/api/v1/auth/login")
                ? RateLimitHeaders.LOGIN_REFUSED : RateLimitHeaders.REFUSED, clock);
    }

    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(DECISION, RateLimitDecision.class)
                .filter(RateLimitDecision::allowed)
                .ifPresent(decision -> RateLimitHeaders.apply(response, decision, clock));
    }

    private Optional<Bucket> bucketOf(HttpRequest<?> request, String path) {
        String endpoint = CREDENTIAL_ENDPOINTS.get(path);
        if (endpoint != null && request.getMethod() == HttpMethod.POST) {
            return Optional.of(new Bucket(RateLimitScope.AUTH, endpoint + ":ip:" + clients.of(request)));
        }
        if (UNLIMITED.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return Optional.empty();
        }
        return request.getUserPrincipal(Authentication.class).map(Authentication::getName).map(user -> {
            if (path.startsWith("/api/v1/admin/")) {
                return new Bucket(RateLimitScope.ADMIN, "admin:" + user);
            }
            if (request.getMethod() == HttpMethod.POST && UPLOADS.matcher(path).matches()) {
                return new Bucket(RateLimitScope.UPLOADS, "uploads:" + user);
            }
            return new Bucket(RateLimitScope.API, "api:" + user);
        });
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    private record Bucket(RateLimitScope scope, String key) {
    }
}
