package io.spendvault.adapters.rest.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.spendvault.domain.common.Text;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one guard for text in the URL: a path or query value with a NUL or another control character (or
 * invalid Unicode) answers 422 naming it, before any route sees it. Bodies are checked by the domain's text
 * rules, field by field; a URL value often reaches a query without passing a value object.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class PlainTextParametersFilter implements Ordered {

    /** A percent-escaped control character, in a path that was not decoded. */
    private static final Pattern ESCAPED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");
    private static final String MESSAGE = Text.NOT_PLAIN;

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> refuseControlCharacters(HttpRequest<?> request) {
        Map<String, List<String>> problems = new TreeMap<>();
        String rawPath = request.getUri().getRawPath();
        if (!Text.isPlain(request.getPath()) || rawPath != null && ESCAPED_CONTROL.matcher(rawPath).find()) {
            problems.put("path", List.of(MESSAGE));
        }
        request.getParameters().forEach(parameter -> {
            String name = parameter.getKey();
            boolean plain = Text.isPlain(name) && parameter.getValue().stream().allMatch(Text::isPlain);
            if (!plain) {
                problems.put(Text.isPlain(name) ? name : "query", List.of(MESSAGE));
            }
        });
        return problems.isEmpty() ? null
                : HttpResponse.unprocessableEntity().body(ApiError.validation(ConstraintViolationHandler.DETAIL, problems));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
