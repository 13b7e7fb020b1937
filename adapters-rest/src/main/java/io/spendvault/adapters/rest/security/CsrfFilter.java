package io.spendvault.adapters.rest.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.spendvault.adapters.rest.common.ApiError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Double-submit CSRF protection for cookie mode: an unsafe request (POST, PUT, PATCH, DELETE) that
 * authenticates with cookies must carry the {@code SV_CSRF} cookie's value in {@code X-CSRF-Token}.
 * Another site can make the browser send the cookies but cannot read them to set the header. Requests
 * with an {@code Authorization} header need no token: browsers never add one by themselves, and such a
 * request is never authenticated by its cookies ({@link AccessTokenCookieReader}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfFilter implements io.micronaut.core.order.Ordered {

    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** These authenticate with what is in the request, never with cookies, so a forged request gains nothing. */
    private static final Set<String> CREDENTIAL_ENDPOINTS = Set.of("/api/v1/auth/login", "/api/v1/auth/register",
            "/api/v1/auth/forgot-password", "/api/v1/auth/reset-password", "/api/v1/notifications/unsubscribe");

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> requireCsrfToken(HttpRequest<?> request) {
        if (!UNSAFE.contains(request.getMethod()) || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || CREDENTIAL_ENDPOINTS.contains(withoutTrailingSlash(request.getPath()))) {
            return null;
        }
        var cookies = request.getCookies();
        if (!cookies.contains(AuthCookies.ACCESS) && !cookies.contains(AuthCookies.REFRESH)) {
            return null;
        }
        String expected = cookies.findCookie(AuthCookies.CSRF).map(Cookie::getValue).orElse("");
        String presented = request.getHeaders().get(AuthCookies.CSRF_HEADER);
        if (!expected.isEmpty() && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN)
                .body(ApiError.of("Missing or invalid CSRF token", "CSRF_TOKEN_INVALID"));
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public int getOrder() {
        // Before authentication: a forged request is refused whatever its credentials.
        return ServerFilterPhase.SECURITY.before();
    }
}
