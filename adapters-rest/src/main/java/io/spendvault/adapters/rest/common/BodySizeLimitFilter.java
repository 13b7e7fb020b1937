package io.spendvault.adapters.rest.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The server's request size limit has to leave room for file uploads, which stream; every other body
 * (JSON, forms) is read whole, so it gets this much smaller limit, checked from Content-Length before a
 * byte of the body is read. A body without Content-Length (chunked) is held to the same limit as its bytes
 * arrive, by the server's buffer limit ({@code micronaut.server.max-request-buffer-size}, set to the same value).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class BodySizeLimitFilter implements Ordered {

    private final long maxBytes;

    public BodySizeLimitFilter(@Value("${spendvault.http.max-body-size}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> limitBody(HttpRequest<?> request) {
        boolean streamedUpload = request.getContentType().map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        if (!streamedUpload && request.getContentLength() > maxBytes) {
            return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .body(ApiError.of("Request body exceeds maximum size (" + maxBytes + " bytes)", "PAYLOAD_TOO_LARGE"));
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
