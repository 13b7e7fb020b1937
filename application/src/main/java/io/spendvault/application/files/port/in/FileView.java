package io.spendvault.application.files.port.in;

import io.spendvault.domain.files.StoredFile;

import java.time.Instant;
import java.util.UUID;

/**
 * A file as its owner sees it. {@code thumbnailUrl} is the API path of its thumbnail, once one exists;
 * {@code referenceCount} is how many file records (of any user) share the content, which is stored once:
 * a count only, never whose.
 */
public record FileView(UUID id, String filename, String originalFilename, String contentType, long fileSize, String fileHash,
                       String description, Instant uploadDate, Instant updatedAt, UUID userId, String thumbnailUrl,
                       long referenceCount) {

    public static FileView of(StoredFile file, boolean hasThumbnail, long referenceCount) {
        return new FileView(file.id().value(), file.filename(), file.originalFilename(), file.contentType(), file.size(),
                file.hash().prefixed(), file.description(), file.uploadDate(), file.updatedAt(), file.owner().value(),
                hasThumbnail ? "/api/v1/uploads/" + file.id() + "/thumbnail" : null, referenceCount);
    }
}
