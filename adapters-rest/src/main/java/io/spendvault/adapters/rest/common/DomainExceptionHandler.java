package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.spendvault.domain.common.AccessDeniedException;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.DomainException;
import io.spendvault.domain.common.InvalidRequestException;
import io.spendvault.domain.common.PayloadTooLargeException;
import io.spendvault.domain.common.QuotaExceededException;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.ServiceUnavailableException;
import io.spendvault.domain.common.UnauthenticatedException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Maps each kind of domain exception to its one status code. The exception's code and message are
 * written for clients, so they are passed on as they are, except for a dependency that is down: its
 * message may name internal hosts, so it is logged and the client gets a generic text.
 */
@Singleton
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DomainException exception) {
        if (exception instanceof ServiceUnavailableException) {
            String requestId = RequestIds.of(request);
            LOG.error("Dependency unavailable on {} {} (request id {})", request.getMethod(), request.getPath(), requestId, exception);
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiError.of(
                    ServerErrors.genericDetail(HttpStatus.SERVICE_UNAVAILABLE, requestId), exception.code()));
        }
        ApiError body = exception instanceof RuleViolationException violation && violation.field().isPresent()
                ? new ApiError(exception.getMessage(), exception.code(),
                        Map.of(violation.field().get(), List.of(exception.getMessage())))
                : ApiError.of(exception.getMessage(), exception.code());
        return HttpResponse.<ApiError>status(statusOf(exception)).body(body);
    }

    static HttpStatus statusOf(DomainException exception) {
        if (exception instanceof ResourceNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (exception instanceof RuleViolationException) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        if (exception instanceof QuotaExceededException) {
            return HttpStatus.INSUFFICIENT_STORAGE;
        }
        if (exception instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (exception instanceof PayloadTooLargeException) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        if (exception instanceof UnauthenticatedException) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (exception instanceof InvalidRequestException) {
            return HttpStatus.BAD_REQUEST;
        }
        // A new kind of domain exception without a mapping is a programming error: fail loudly in tests.
        throw new IllegalStateException("No HTTP status mapped for " + exception.getClass().getName(), exception);
    }
}
