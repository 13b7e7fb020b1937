package io.spendvault.adapters.rest.common;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

import java.util.Map;

/** Gives every request an id, makes it visible in the logs and echoes it in the response. */
@Filter(Filter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements HttpServerFilter, Ordered {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String id = RequestIds.assign(request);
        PropagatedContext context = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, id)));
        try (PropagatedContext.Scope ignored = context.propagate()) {
            return Publishers.map(chain.proceed(request), response -> response.header(RequestIds.HEADER, id));
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
