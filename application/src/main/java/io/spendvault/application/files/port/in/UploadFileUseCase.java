package io.spendvault.application.files.port.in;

import io.spendvault.domain.identity.UserId;

import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/** Stores an upload while it streams in: type checked by its bytes, size and quota enforced on the way. */
public interface UploadFileUseCase {

    /**
     * @throws io.spendvault.domain.common.UnsupportedContentException 415: the detected type is not allowed
     * @throws io.spendvault.domain.common.PayloadTooLargeException    413: larger than the file size limit
     * @throws io.spendvault.domain.common.QuotaExceededException      507: over the user's quota
     */
    FileView upload(UploadFileCommand command);

    /**
     * The caller closes {@code content}. {@code restored} is set when an import brings back a file that was
     * exported: it keeps the display name and dates it had; a plain upload leaves it null.
     */
    record UploadFileCommand(UserId owner, String originalFilename, String description, InputStream content,
                             Restored restored) {

        public UploadFileCommand(UserId owner, String originalFilename, String description, InputStream content) {
            this(owner, originalFilename, description, content, null);
        }
    }

    /** What an exported file had that a new upload would not: its display name and its dates. */
    record Restored(String filename, Instant uploadDate, Instant updatedAt) {
        public Restored {
            Objects.requireNonNull(uploadDate, "uploadDate");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }
}
