package io.spendvault.adapters.storage.filesystem;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/**
 * {@code spendvault.storage.filesystem.*}, the one owner of that namespace: the blob directory, and the
 * origin of signed download links (empty: relative to the API's own origin). The defaults are in
 * {@code application.yml}, next to the environment variables that set them.
 */
@ConfigurationProperties("spendvault.storage.filesystem")
public record FilesystemStorageConfiguration(Path root, @Nullable String linkBaseUrl) {

    /** The origin of signed links without a trailing slash; empty for links relative to the API. */
    public String linkOrigin() {
        return linkBaseUrl == null ? "" : linkBaseUrl.strip().replaceAll("/+$", "");
    }
}
