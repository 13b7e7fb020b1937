package io.spendvault.adapters.storage.filesystem;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * {@code spendvault.storage.filesystem.*}: the blob directory, and the prefix of signed download links
 * (empty: relative to the API's own origin).
 */
@ConfigurationProperties("spendvault.storage.filesystem")
public record FilesystemStorageConfiguration(
        @Bindable(defaultValue = "./data/blobs") Path root,
        @Bindable(defaultValue = "") String linkBaseUrl) {
}
