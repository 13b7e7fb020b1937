package io.spendvault.domain.spending;

/** What an attached file is to its purchase. */
public enum AttachmentType {
    RECEIPT, MANUAL, PHOTO, WARRANTY, OTHER
}
