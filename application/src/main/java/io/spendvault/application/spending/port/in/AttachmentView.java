package io.spendvault.application.spending.port.in;

import io.spendvault.application.files.port.in.FileView;
import io.spendvault.domain.spending.Attachment;

/** A purchase's attachment with the attached file as its owner sees it. */
public record AttachmentView(Attachment attachment, FileView file) {
}
