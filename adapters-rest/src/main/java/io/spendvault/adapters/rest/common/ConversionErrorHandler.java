package io.spendvault.adapters.rest.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * A value that cannot be converted to the type a route expects. In a JSON body that is a malformed
 * request (400); in a query or path value it is an invalid field (422), like any other validation error.
 */
@Singleton
@Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
public class ConversionErrorHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ConversionErrorException exception) {
        var argument = exception.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST)
                    .body(ApiError.of("Malformed request body", ErrorCodes.MALFORMED_REQUEST));
        }
        String field = FieldNames.snakeCase(argument.getName());
        String message = "must be a valid " + describe(argument.getType());
        return HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(ApiError.validation(ConstraintViolationHandler.DETAIL, Map.of(field, List.of(message))));
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type.isEnum()) {
            return "value";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
