package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpStatus;

/** The machine codes an error body carries when no more specific domain code applies. */
public final class ErrorCodes {

    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ErrorCodes() {
    }

    public static String forStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> MALFORMED_REQUEST;
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case CONFLICT -> "CONFLICT";
            case REQUEST_ENTITY_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case REQUESTED_RANGE_NOT_SATISFIABLE -> "RANGE_NOT_SATISFIABLE";
            case UNPROCESSABLE_ENTITY -> VALIDATION_FAILED;
            case TOO_MANY_REQUESTS -> "RATE_LIMITED";
            case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
            case INSUFFICIENT_STORAGE -> "QUOTA_EXCEEDED";
            case INTERNAL_SERVER_ERROR -> INTERNAL_ERROR;
            default -> status.name();
        };
    }
}
