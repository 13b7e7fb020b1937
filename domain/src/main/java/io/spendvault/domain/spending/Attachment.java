package io.spendvault.domain.spending;

import io.spendvault.domain.files.FileId;

import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a purchase. {@code uploadedForPurchase} is true when the file was uploaded through
 * the purchase: such a file is released (deleted, which frees its content once nothing else refers to
 * it) when its last attachment goes; attaching such a file to another purchase by id carries the mark over.
 * Any other file attached by id belongs to the user's files and stays.
 */
public record Attachment(PurchaseId purchaseId, FileId fileId, AttachmentType type, boolean uploadedForPurchase, Instant attachedAt) {

    public Attachment {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attachedAt, "attachedAt");
    }
}
