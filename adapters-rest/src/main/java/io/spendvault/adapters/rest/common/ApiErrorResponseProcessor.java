package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every error the framework itself raises (unknown route, wrong method, malformed JSON,
 * oversized body, …) in the project's error format, so clients parse a single shape. A 500 never shows
 * the exception's message: only a generic text and the request id to quote to an operator.
 */
// Micronaut's default processor steps aside when any other ErrorResponseProcessor bean exists.
@Singleton
public class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        ApiError body = status.getCode() >= 500
                ? ApiError.of(ServerErrors.genericDetail(status, RequestIds.of(context.getRequest())), ErrorCodes.forStatus(status))
                : clientError(status, context);
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }

    private static ApiError clientError(HttpStatus status, ErrorContext context) {
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        for (Error error : context.getErrors()) {
            messages.add(error.getMessage());
            error.getPath().ifPresent(path -> fieldErrors.computeIfAbsent(FieldNames.snakeCase(path), k -> new ArrayList<>())
                    .add(error.getMessage()));
        }
        String detail = messages.isEmpty() ? status.getReason() : String.join("; ", messages);
        if (status == HttpStatus.UNPROCESSABLE_ENTITY && !fieldErrors.isEmpty()) {
            return ApiError.validation(detail, fieldErrors);
        }
        return ApiError.of(detail, ErrorCodes.forStatus(status));
    }
}
