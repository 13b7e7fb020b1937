package io.spendvault.adapters.rest.common;

import io.micronaut.http.body.ByteBody;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/** Recognises a request that failed because its client went away: nobody to answer, nothing wrong here. */
final class ClientAborts {

    private ClientAborts() {
    }

    static boolean isAbort(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof EOFException || cause instanceof ClosedChannelException
                    || cause instanceof ByteBody.BodyDiscardedException) {
                return true;
            }
            if (cause instanceof IOException && cause.getMessage() != null) {
                String message = cause.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("connection reset") || message.contains("broken pipe")) {
                    return true;
                }
            }
        }
        return false;
    }
}
