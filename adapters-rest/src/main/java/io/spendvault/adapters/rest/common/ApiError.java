package io.spendvault.adapters.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The one error body of the API: {@code {"detail", "error_code", "field_errors"}}. {@code field_errors}
 * maps an input field (snake_case, as the client sent it) to its messages and is present only when
 * validation failed.
 */
@Serdeable
public record ApiError(
        String detail,
        String errorCode,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> fieldErrors) {

    public static ApiError of(String detail, String errorCode) {
        return new ApiError(detail, errorCode, null);
    }

    public static ApiError validation(String detail, Map<String, List<String>> fieldErrors) {
        return new ApiError(detail, ErrorCodes.VALIDATION_FAILED, Map.copyOf(fieldErrors));
    }
}
