package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an id: the client's {@value #HEADER} when it is a short token, a fresh UUID
 * otherwise. It is echoed in the response, put in the logging MDC as {@value #MDC_KEY}, and quoted in 500
 * answers so an operator can find the log lines of a failed request.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    static final String ATTRIBUTE = "spendvault.request-id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The id of this request, assigned once by {@link RequestIdFilter}. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> assign(request));
    }

    static String assign(HttpRequest<?> request) {
        String offered = request.getHeaders().get(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
