package io.spendvault.application.spending.port.in;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.AttachmentType;
import io.spendvault.domain.spending.PurchaseId;

import java.io.InputStream;
import java.util.UUID;

/** Files attached to a user's own purchases: receipts, manuals, photos. */
public interface PurchaseAttachmentsUseCase {

    /** Uploads a file (all rules of the files feature apply) and attaches it; the caller closes {@code content}. */
    AttachmentView upload(UserId caller, PurchaseId purchaseId, AttachmentType type, String filename, InputStream content);

    /**
     * Attaches one of the caller's files that is already uploaded.
     *
     * @throws io.spendvault.domain.common.RuleViolationException {@code file_id} is not one of the caller's files
     * @throws io.spendvault.domain.common.ConflictException      {@code ALREADY_ATTACHED}
     */
    AttachmentView attach(UserId caller, PurchaseId purchaseId, FileId fileId, AttachmentType type);

    /** Oldest first. */
    Page<AttachmentView> list(UserId caller, PurchaseId purchaseId, PageRequest page);

    AttachmentView get(UserId caller, PurchaseId purchaseId, FileId fileId);

    /** Detaches the file; a file uploaded for the purchase is deleted once no purchase has it attached. */
    void detach(UserId caller, PurchaseId purchaseId, FileId fileId);
}
