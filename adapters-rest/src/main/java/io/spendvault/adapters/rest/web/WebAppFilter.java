package io.spendvault.adapters.rest.web;

import io.micronaut.core.io.ResourceResolver;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the web app beside the API. Its files come from {@code classpath:public} (the static resources
 * configuration); this filter adds what a single-page app needs: any other GET of a path outside
 * {@code /api/} that names no file (no dot in its last segment) answers {@code index.html}, so the app's
 * own routes survive a reload; hashed files under {@code /assets/} are cached for good, {@code index.html}
 * is revalidated every time; every page carries a Content-Security-Policy that allows scripts, styles and
 * connections from this server only (the build inlines nothing).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class WebAppFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private final byte[] indexHtml;

    public WebAppFilter(ResourceResolver resources) {
        this.indexHtml = resources.getResourceAsStream("classpath:public/index.html").map(WebAppFilter::read).orElse(null);
    }

    @ResponseFilter
    public MutableHttpResponse<?> serveApp(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (indexHtml == null || path.startsWith("/api/")) {
            return response;
        }
        if (isAppRoute(request, path, response)) {
            // the not-found answer becomes the app's page (changed in place: it keeps the headers it has)
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Object> page = (MutableHttpResponse<Object>) response;
            page.status(HttpStatus.OK).body(indexHtml).contentType(MediaType.TEXT_HTML_TYPE);
        }
        if (response.status() == HttpStatus.OK) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
        }
        response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return response;
    }

    /** A path of the app (not of a file) that no route or file answered: the app's own router shows it. */
    private static boolean isAppRoute(HttpRequest<?> request, String path, MutableHttpResponse<?> response) {
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return read && response.status() == HttpStatus.NOT_FOUND && !last.contains(".");
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web app's index.html", e);
        }
    }

    @Override
    public int getOrder() {
        // just inside SecurityHeadersFilter, so the index.html answered for an app route gets its headers too
        return ServerFilterPhase.FIRST.before();
    }
}
