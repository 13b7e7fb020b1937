package io.spendvault.adapters.rest.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Every JSON body is checked to be exactly one well-formed JSON value before any route reads it, so that
 * each endpoint refuses the same things with the same words: "Malformed JSON at line L, column C" (400) for
 * broken syntax and for anything after the value (trailing garbage), and never a parser's internals. Types
 * and fields are the routes' business (422). The body is at most the body limit, so it is checked in memory.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class JsonSyntaxFilter implements Ordered {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Completes empty to let the request go on, or with the 400 that ends it. */
    @RequestFilter
    public CompletableFuture<Optional<HttpResponse<?>>> checkSyntax(HttpRequest<?> request) {
        if (!WITH_BODY.contains(request.getMethod()) || !isJson(request) || !(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer()
                .thenApply(body -> Optional.ofNullable(answerFor(body)));
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType()
                .map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))
                .orElse(false);
    }

    private static @Nullable HttpResponse<?> answerFor(CloseableAvailableByteBody body) {
        try (body) {
            byte[] bytes = body.toByteArray();
            return isBlank(bytes) ? null : malformedAt(bytes);
        }
    }

    /** Null when the bytes are one JSON value and nothing else; else the 400 naming where it went wrong. */
    private static @Nullable HttpResponse<ApiError> malformedAt(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != null) {
                parser.skipChildren();
            }
            JsonLocation end = parser.currentLocation();
            JsonToken after = parser.nextToken();
            return after == null ? null : malformed(after == JsonToken.NOT_AVAILABLE ? end : parser.currentTokenLocation());
        } catch (JsonProcessingException e) {
            return malformed(e.getLocation());
        } catch (IOException e) {
            return malformed(null);
        }
    }

    private static HttpResponse<ApiError> malformed(@Nullable JsonLocation at) {
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(ApiError.of("Malformed JSON" + where, ErrorCodes.MALFORMED_REQUEST));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    @Override
    public int getOrder() {
        // after authentication (no token is 401 whatever the body) and the size limit
        return ServerFilterPhase.SECURITY.after();
    }
}
