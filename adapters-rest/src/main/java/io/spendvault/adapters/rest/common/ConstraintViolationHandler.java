package io.spendvault.adapters.rest.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Input that is well-formed but invalid: 422 with every problem listed under its field. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<ApiError>> {

    static final String DETAIL = "Validation failed";

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ConstraintViolationException exception) {
        Map<String, List<String>> fieldErrors = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            fieldErrors.computeIfAbsent(FieldNames.of(violation.getPropertyPath()), k -> new ArrayList<>())
                    .add(violation.getMessage());
        }
        fieldErrors.values().forEach(messages -> messages.sort(null));
        return HttpResponse.unprocessableEntity().body(ApiError.validation(DETAIL, fieldErrors));
    }
}
