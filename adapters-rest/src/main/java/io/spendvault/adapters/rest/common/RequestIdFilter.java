package io.spendvault.adapters.rest.common;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;

/**
 * Gives every request an id, makes it visible in the logs and echoes it in the response. Plain request and
 * response methods, not a reactive chain around the rest: nothing here waits.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements Ordered {

    @RequestFilter
    public void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        context.add(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, RequestIds.assign(request))));
    }

    @ResponseFilter
    public void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header(RequestIds.HEADER, RequestIds.of(request));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
