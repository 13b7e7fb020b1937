package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
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
import io.spendvault.domain.common.TooManyAttemptsException;
import io.spendvault.domain.common.UnauthenticatedException;
import io.spendvault.domain.common.UnsupportedContentException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
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
        ApiError body = exception instanceof RuleViolationException violation && !violation.fieldErrors().isEmpty()
                ? new ApiError(exception.getMessage(), exception.code(), wireNames(violation.fieldErrors()))
                : ApiError.of(exception.getMessage(), exception.code());
        MutableHttpResponse<ApiError> response = HttpResponse.<ApiError>status(statusOf(exception)).body(body);
        if (exception instanceof TooManyAttemptsException tooMany) {
            RetryAfter.set(response, tooMany.retryAfter());
        }
        return response;
    }

    /** The domain names fields in Java terms ({@code productName}); clients know them as {@code product_name}. */
    private static Map<String, List<String>> wireNames(Map<String, List<String>> fieldErrors) {
        Map<String, List<String>> wire = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> wire.put(FieldNames.snakeCase(field), messages));
        return wire;
    }

    /** Each kind of domain exception and its status; the first matching kind wins. */
    private static final Map<Class<? extends DomainException>, HttpStatus> STATUS_BY_KIND = statuses();

    private static Map<Class<? extends DomainException>, HttpStatus> statuses() {
        Map<Class<? extends DomainException>, HttpStatus> statuses = new LinkedHashMap<>();
        statuses.put(ResourceNotFoundException.class, HttpStatus.NOT_FOUND);
        statuses.put(ConflictException.class, HttpStatus.CONFLICT);
        statuses.put(RuleViolationException.class, HttpStatus.UNPROCESSABLE_ENTITY);
        statuses.put(QuotaExceededException.class, HttpStatus.INSUFFICIENT_STORAGE);
        statuses.put(AccessDeniedException.class, HttpStatus.FORBIDDEN);
        statuses.put(PayloadTooLargeException.class, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        statuses.put(UnauthenticatedException.class, HttpStatus.UNAUTHORIZED);
        statuses.put(InvalidRequestException.class, HttpStatus.BAD_REQUEST);
        statuses.put(UnsupportedContentException.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        statuses.put(TooManyAttemptsException.class, HttpStatus.TOO_MANY_REQUESTS);
        return Collections.unmodifiableMap(statuses);
    }

    static HttpStatus statusOf(DomainException exception) {
        return STATUS_BY_KIND.entrySet().stream()
                .filter(kind -> kind.getKey().isInstance(exception))
                .map(Map.Entry::getValue)
                .findFirst()
                // A new kind of domain exception without a mapping is a programming error: fail loudly in tests.
                .orElseThrow(() -> new IllegalStateException("No HTTP status mapped for " + exception.getClass().getName(), exception));
    }
}
