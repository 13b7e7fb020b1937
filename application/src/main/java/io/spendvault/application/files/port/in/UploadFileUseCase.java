package io.spendvault.application.files.port.in;

import io.spendvault.domain.identity.UserId;

import java.io.InputStream;

/** Stores an upload while it streams in: type checked by its bytes, size and quota enforced on the way. */
public interface UploadFileUseCase {

    /**
     * @throws io.spendvault.domain.common.UnsupportedContentException 415: the detected type is not allowed
     * @throws io.spendvault.domain.common.PayloadTooLargeException    413: larger than the file size limit
     * @throws io.spendvault.domain.common.QuotaExceededException      507: over the user's quota
     */
    FileView upload(UploadFileCommand command);

    /** The caller closes {@code content}. */
    record UploadFileCommand(UserId owner, String originalFilename, String description, InputStream content) {
    }
}
