package io.spendvault.adapters.rest.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value that cannot be converted to the type a route expects: an invalid field (422) naming it, like any
 * other validation error, whether it is a query or path value or a field of a JSON body sent with the
 * wrong JSON type ({@code "quantity": "many"}, {@code "name": 5}). Only a body that is not JSON at all,
 * or not the object expected, is a malformed request (400).
 */
@Singleton
@Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
public class ConversionErrorHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ConversionErrorException exception) {
        var argument = exception.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return bodyField(exception)
                    .map(field -> invalid(field, "must be a valid " + describe(field.getType())))
                    .orElseGet(() -> HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST)
                            .body(ApiError.of("Malformed request body", ErrorCodes.MALFORMED_REQUEST)));
        }
        return invalid(argument, "must be a valid " + describe(argument.getType()));
    }

    private static HttpResponse<ApiError> invalid(Argument<?> field, String message) {
        return HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY).body(ApiError.validation(
                ConstraintViolationHandler.DETAIL, Map.of(FieldNames.snakeCase(field.getName()), List.of(message))));
    }

    /** The body property the value was meant for, when the JSON was well-formed but of the wrong type there. */
    private static Optional<Argument<?>> bodyField(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return Optional.of(serde.getPath().get(serde.getPath().size() - 1).getArgument());
            }
        }
        return Optional.empty();
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type.isEnum()) {
            return "value";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
