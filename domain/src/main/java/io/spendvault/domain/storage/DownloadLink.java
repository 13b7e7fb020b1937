package io.spendvault.domain.storage;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A URL that downloads a blob without further credentials until {@code expiresAt}. */
public record DownloadLink(URI url, Instant expiresAt) {

    public DownloadLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
