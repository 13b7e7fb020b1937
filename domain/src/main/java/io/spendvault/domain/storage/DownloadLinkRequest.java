package io.spendvault.domain.storage;

import java.time.Duration;
import java.util.Objects;

/**
 * A request for a time-limited link to a blob, with the {@code Content-Type} and
 * {@code Content-Disposition} the download should be served with.
 */
public record DownloadLinkRequest(BlobKey key, String contentType, String contentDisposition, Duration validFor) {

    public static final Duration MAX_VALIDITY = Duration.ofDays(7);

    public DownloadLinkRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentDisposition, "contentDisposition");
        Objects.requireNonNull(validFor, "validFor");
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a link is valid for 1 second to 7 days, not " + validFor);
        }
    }
}
