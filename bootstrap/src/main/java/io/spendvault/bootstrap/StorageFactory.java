package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Value;
import io.spendvault.application.storage.port.in.SweepAbandonedUploadsUseCase;
import io.spendvault.application.storage.AbandonedUploadSweeper;
import io.spendvault.application.common.port.out.ClusterLock;
import io.micronaut.context.annotation.Factory;
import io.spendvault.adapters.rest.storage.BlobLinkController;
import io.spendvault.adapters.storage.filesystem.FilesystemStorageConfiguration;
import io.spendvault.application.common.port.out.Signer;
import io.spendvault.application.storage.BlobGarbageCollector;
import io.spendvault.application.storage.BlobLinkService;
import io.spendvault.application.storage.BlobMigrationService;
import io.spendvault.application.storage.BlobVerificationService;
import io.spendvault.application.storage.SignedBlobLinks;
import io.spendvault.application.storage.port.in.CollectBlobGarbageUseCase;
import io.spendvault.application.storage.port.in.MigrateBlobsUseCase;
import io.spendvault.application.storage.port.in.OpenBlobLinkUseCase;
import io.spendvault.application.storage.port.in.VerifyBlobsUseCase;
import io.spendvault.domain.storage.port.BlobReferences;
import io.spendvault.domain.storage.port.BlobStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** Builds the storage use cases from the configured blob store (the store itself comes from adapters-storage). */
@Factory
class StorageFactory {

    /** UTC, in microseconds: PostgreSQL keeps no finer time, so an answer never changes after a reload. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }

    @Singleton
    SignedBlobLinks signedBlobLinks(Signer signer, FilesystemStorageConfiguration filesystem, Clock clock) {
        // the REST adapter serves the links; the application only needs to know where
        return new SignedBlobLinks(signer, filesystem.linkOrigin() + BlobLinkController.PATH, clock);
    }

    @Singleton
    OpenBlobLinkUseCase openBlobLink(SignedBlobLinks links, BlobStore blobs) {
        return new BlobLinkService(links, blobs);
    }

    @Singleton
    MigrateBlobsUseCase migrateBlobs(BlobStore blobs, Clock clock) {
        return new BlobMigrationService(blobs, clock);
    }

    @Singleton
    VerifyBlobsUseCase verifyBlobs(BlobStore blobs, BlobReferences references, Clock clock) {
        return new BlobVerificationService(blobs, references, clock);
    }

    @Singleton
    SweepAbandonedUploadsUseCase sweepAbandonedUploads(BlobStore blobs, ClusterLock lock, Clock clock,
                                                       @Value("${spendvault.storage.abandoned-uploads.grace}") Duration grace) {
        return new AbandonedUploadSweeper(blobs, lock, clock, grace);
    }

    @Singleton
    CollectBlobGarbageUseCase collectBlobGarbage(BlobStore blobs, BlobReferences references, Clock clock) {
        return new BlobGarbageCollector(blobs, references, clock);
    }
}
