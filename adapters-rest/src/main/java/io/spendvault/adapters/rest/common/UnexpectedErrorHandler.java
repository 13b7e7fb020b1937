package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last resort for exceptions nothing else handles: logged in full with the request id, answered with a
 * generic 500 that reveals nothing of the cause. A client that went away mid-request is no error of ours:
 * logged at INFO.
 */
@Singleton
public class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, Exception exception) {
        String requestId = RequestIds.of(request);
        if (ClientAborts.isAbort(exception)) {
            // the client closed the connection mid-request; the answer goes nowhere
            LOG.info("Request aborted by the client: {} {} (request id {}): {}", request.getMethod(), request.getPath(), requestId,
                    exception.toString());
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST)
                    .body(ApiError.of("The request was cut off before it was complete", ErrorCodes.MALFORMED_REQUEST));
        }
        LOG.error("Unexpected error on {} {} (request id {})", request.getMethod(), request.getPath(), requestId, exception);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return HttpResponse.<ApiError>status(status)
                .body(ApiError.of(ServerErrors.genericDetail(status, requestId), ErrorCodes.forStatus(status)));
    }
}
