package io.spendvault.adapters.storage.common;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.spendvault.adapters.storage.filesystem.FilesystemBlobStore;
import io.spendvault.adapters.storage.filesystem.FilesystemStorageConfiguration;
import io.spendvault.adapters.storage.s3.S3BlobStore;
import io.spendvault.adapters.storage.s3.S3StorageConfiguration;
import io.spendvault.application.storage.port.in.SignBlobLinkUseCase;
import io.spendvault.domain.storage.port.BlobStore;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The blob store chosen by {@code spendvault.storage.backend}: {@code filesystem} (default) or {@code s3}. */
@Factory
public class BlobStoreFactory {

    public static final String BACKEND = "spendvault.storage.backend";

    @Singleton
    @Requires(property = BACKEND, value = "filesystem", defaultValue = "filesystem")
    BlobStore filesystemBlobStore(FilesystemStorageConfiguration configuration, SignBlobLinkUseCase links, Clock clock) {
        return new FilesystemBlobStore(configuration.root(), links, clock);
    }

    @Singleton
    @Requires(property = BACKEND, value = "s3")
    @Bean(preDestroy = "close")
    S3BlobStore s3BlobStore(S3StorageConfiguration configuration, Clock clock) {
        return new S3BlobStore(configuration.toSettings(), clock).initialize();
    }
}
