package io.spendvault.application.spending;

import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.port.AttachmentRepository;

/**
 * Releases files uploaded for a purchase once they are attached nowhere any more: the file record is
 * deleted, which removes its content when no other record shares it. Runs after the detaching
 * transaction committed; a crash in between leaves the file in the user's files list, never a dangling link.
 */
final class AttachedFileReleases {

    private final AttachmentRepository attachments;
    private final ManageFilesUseCase files;

    AttachedFileReleases(AttachmentRepository attachments, ManageFilesUseCase files) {
        this.attachments = attachments;
        this.files = files;
    }

    void release(UserId owner, Attachment detached) {
        if (!detached.uploadedForPurchase() || attachments.isAttached(detached.fileId())) {
            return;
        }
        delete(owner, detached.fileId());
    }

    /** Deletes a file uploaded for a purchase that could not be attached. */
    void delete(UserId owner, FileId file) {
        try {
            files.delete(owner, file);
        } catch (ResourceNotFoundException alreadyGone) {
            // the user deleted it through the files API meanwhile: nothing left to release
        }
    }
}
