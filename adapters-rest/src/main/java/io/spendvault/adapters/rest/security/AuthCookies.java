package io.spendvault.adapters.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The cookies of the SPA's cookie mode: the access token and the refresh token (HttpOnly, so scripts
 * cannot read them) and a CSRF token that scripts must read and echo in {@value #CSRF_HEADER}
 * (double submit). All SameSite=Strict; Secure unless switched off for local http.
 */
@Singleton
public class AuthCookies {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static final String ACCESS = "SV_ACCESS";
    public static final String REFRESH = "SV_REFRESH";
    public static final String CSRF = "SV_CSRF";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String REFRESH_PATH = "/api/v1/auth";

    private final TokenSettings settings;

    public AuthCookies(TokenSettings settings) {
        this.settings = settings;
    }

    public void set(MutableHttpResponse<?> response, String accessToken, String refreshToken) {
        response.cookie(cookie(ACCESS, accessToken, "/api", settings.accessTokenTtl(), true));
        response.cookie(cookie(REFRESH, refreshToken, REFRESH_PATH, settings.refreshTokenTtl(), true));
        response.cookie(cookie(CSRF, csrfToken(), "/", settings.refreshTokenTtl(), false));
    }

    public void clear(MutableHttpResponse<?> response) {
        response.cookie(cookie(ACCESS, "", "/api", Duration.ZERO, true));
        response.cookie(cookie(REFRESH, "", REFRESH_PATH, Duration.ZERO, true));
        response.cookie(cookie(CSRF, "", "/", Duration.ZERO, false));
    }

    public static Optional<String> refreshToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(REFRESH).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private Cookie cookie(String name, String value, String path, Duration maxAge, boolean httpOnly) {
        return Cookie.of(name, value).path(path).maxAge(maxAge).httpOnly(httpOnly).secure(settings.cookieSecure())
                .sameSite(SameSite.Strict);
    }

    /** The double-submit token: 256 random bits, URL-safe; it only has to be unguessable, so nothing of it is stored. */
    private static String csrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
