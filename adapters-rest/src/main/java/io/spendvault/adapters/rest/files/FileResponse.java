package io.spendvault.adapters.rest.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.application.files.port.in.FileView;

import java.time.Instant;
import java.util.UUID;

/** A file as the API shows it; {@code reference_count} counts the file records sharing its content. */
@Serdeable
public record FileResponse(UUID id, String filename, String originalFilename, String contentType, long fileSize, String fileHash,
                    @Nullable String description, Instant uploadDate, Instant updatedAt, UUID userId, @Nullable String thumbnailUrl,
                    long referenceCount) {

    public static FileResponse of(FileView file) {
        return new FileResponse(file.id(), file.filename(), file.originalFilename(), file.contentType(), file.fileSize(),
                file.fileHash(), file.description(), file.uploadDate(), file.updatedAt(), file.userId(), file.thumbnailUrl(),
                file.referenceCount());
    }
}
