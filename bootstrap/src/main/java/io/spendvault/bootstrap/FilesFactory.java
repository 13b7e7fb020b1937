package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.FileService;
import io.spendvault.application.files.FileSettings;
import io.spendvault.application.files.ThumbnailWorker;
import io.spendvault.application.files.port.out.ContentTypeDetector;
import io.spendvault.application.files.port.out.ThumbnailRenderer;
import io.spendvault.domain.files.port.FileRepository;
import io.spendvault.domain.files.port.ThumbnailJobs;
import io.spendvault.domain.storage.port.BlobStore;
import io.spendvault.domain.identity.port.UserRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Builds the files use cases. {@link FileService} is also the source of truth for which blobs are
 * referenced (storage gc and verify) and how much each user stores (profile stats).
 */
@Factory
class FilesFactory {

    @Singleton
    FileSettings fileSettings(@Value("${spendvault.files.max-file-size}") long maxFileSize,
                              @Value("${spendvault.files.quota}") long quota,
                              @Value("${spendvault.files.allowed-types:}") List<String> allowedTypes) {
        List<String> types = allowedTypes.stream().map(String::strip).filter(type -> !type.isEmpty()).toList();
        return new FileSettings(maxFileSize, quota, types.isEmpty() ? FileSettings.DEFAULT_ALLOWED_TYPES : types);
    }

    @Singleton
    FileService fileService(FileRepository files, BlobStore blobs, ContentTypeDetector detector, ThumbnailJobs thumbnails,
                            ThumbnailRenderer renderer, Transactions transactions, FileSettings settings, UserRepository users,
                            Clock clock) {
        return new FileService(files, blobs, detector, thumbnails, renderer, transactions, settings, users, clock);
    }

    @Singleton
    ThumbnailWorker thumbnailWorker(ThumbnailJobs thumbnails, BlobStore blobs, ThumbnailRenderer renderer, Clock clock) {
        return new ThumbnailWorker(thumbnails, blobs, renderer, clock);
    }
}
