package io.spendvault.domain.spending.port;

import io.spendvault.domain.files.FileId;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.PurchaseId;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Which files are attached to which purchases. */
public interface AttachmentRepository {

    /** @throws io.spendvault.domain.common.ConflictException {@code ALREADY_ATTACHED} */
    void insert(Attachment attachment);

    Optional<Attachment> find(PurchaseId purchaseId, FileId fileId);

    /** A purchase's attachments, oldest first. */
    List<Attachment> of(PurchaseId purchaseId);

    boolean delete(PurchaseId purchaseId, FileId fileId);

    /** Whether the file is attached anywhere as one uploaded for a purchase. */
    boolean isUploadedForPurchase(FileId fileId);

    /** Whether any purchase still has the file attached. */
    boolean isAttached(FileId fileId);

    /** Hands every attachment of the owner's purchases to {@code each}, the earliest attached first, read with a cursor. */
    void forEachOf(UserId owner, Consumer<Attachment> each);
}
