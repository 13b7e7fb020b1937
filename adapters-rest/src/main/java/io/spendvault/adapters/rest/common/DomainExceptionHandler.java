package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.spendvault.domain.common.AccessDeniedException;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.DomainException;
import io.spendvault.domain.common.QuotaExceededException;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.RuleViolationException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Maps each kind of domain exception to its one status code. The exception's code and message are
 * written for clients, so they are passed on as they are.
 */
@Singleton
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DomainException exception) {
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
        // A new kind of domain exception without a mapping is a programming error: fail loudly in tests.
        throw new IllegalStateException("No HTTP status mapped for " + exception.getClass().getName(), exception);
    }
}
