package io.spendvault.adapters.rest.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * A value a route requires was not sent. A missing query value, path value or form part is an invalid
 * field like any other (422, naming it); only a missing body is a malformed request (400). The framework
 * raises two kinds of exception for this, one while routing and one while binding; both answer alike.
 */
final class MissingValueHandlers {

    private MissingValueHandlers() {
    }

    static HttpResponse<ApiError> answer(Argument<?> argument) {
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST)
                    .body(ApiError.of("Request body is missing", ErrorCodes.MALFORMED_REQUEST));
        }
        String field = argument.getAnnotationMetadata().stringValue("io.micronaut.core.bind.annotation.Bindable")
                .filter(name -> !name.isBlank())
                .orElseGet(() -> FieldNames.snakeCase(argument.getName()));
        return HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY).body(ApiError.validation(
                ConstraintViolationHandler.DETAIL, Map.of(field, List.of("is required"))));
    }

    @Singleton
    @Replaces(io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler.class)
    static class WhileRouting implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, UnsatisfiedRouteException exception) {
            return answer(exception.getArgument());
        }
    }

    @Singleton
    @Replaces(io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler.class)
    static class WhileBinding implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, UnsatisfiedArgumentException exception) {
            return answer(exception.getArgument());
        }
    }
}
