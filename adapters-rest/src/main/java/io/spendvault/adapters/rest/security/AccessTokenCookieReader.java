package io.spendvault.adapters.rest.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the access token from the {@code SV_ACCESS} cookie (the SPA's cookie mode), next to the bearer
 * header reader. Micronaut's own cookie reader would switch the whole application to cookie
 * authentication mode (redirects to a login page), which an API must not do.
 */
@Singleton
public class AccessTokenCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            // header mode: whatever the header holds, the cookie never authenticates this request (the CSRF
            // check skips requests with an Authorization header, so the cookie must not count then)
            return Optional.empty();
        }
        return request.getCookies().findCookie(AuthCookies.ACCESS).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    @Override
    public int getOrder() {
        // After the bearer header reader: an explicit Authorization header wins.
        return 1;
    }
}
