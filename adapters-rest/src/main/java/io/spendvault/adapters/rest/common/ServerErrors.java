package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpStatus;

/** The only words a client sees about a failure on our side. */
final class ServerErrors {

    private ServerErrors() {
    }

    static String genericDetail(HttpStatus status, String requestId) {
        String what = status == HttpStatus.SERVICE_UNAVAILABLE
                ? "The service is temporarily unavailable, please retry later"
                : "An unexpected error occurred";
        return what + " (request id " + requestId + ")";
    }
}
