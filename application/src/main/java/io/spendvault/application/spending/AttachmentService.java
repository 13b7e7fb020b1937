package io.spendvault.application.spending;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.port.in.FileView;
import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.application.files.port.in.UploadFileUseCase;
import io.spendvault.application.spending.port.in.AttachmentView;
import io.spendvault.application.spending.port.in.PurchaseAttachmentsUseCase;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.identity.Ownership;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.AttachmentType;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.port.AttachmentRepository;
import io.spendvault.domain.spending.port.PurchaseRepository;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Attachments reuse the files feature whole: an upload is a normal file (dedup, quota, type check,
 * thumbnail), and the attachment is a link row. Downloads go through the files API.
 */
public class AttachmentService implements PurchaseAttachmentsUseCase {

    private final AttachmentRepository attachments;
    private final PurchaseRepository purchases;
    private final UploadFileUseCase uploads;
    private final ManageFilesUseCase files;
    private final AttachedFileReleases releases;
    private final Transactions transactions;
    private final Clock clock;

    public AttachmentService(AttachmentRepository attachments, PurchaseRepository purchases, UploadFileUseCase uploads,
                             ManageFilesUseCase files, Transactions transactions, Clock clock) {
        this.attachments = attachments;
        this.purchases = purchases;
        this.uploads = uploads;
        this.files = files;
        this.releases = new AttachedFileReleases(attachments, files);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public AttachmentView upload(UserId caller, PurchaseId purchaseId, AttachmentType type, String filename, InputStream content) {
        own(caller, purchaseId);
        FileView file = uploads.upload(new UploadFileUseCase.UploadFileCommand(caller, filename, null, content));
        try {
            Attachment attachment = transactions.inTransaction(() -> {
                lockOwn(caller, purchaseId);
                Attachment link = new Attachment(purchaseId, new FileId(file.id()), type, true, clock.instant());
                attachments.insert(link);
                return link;
            });
            return new AttachmentView(attachment, file);
        } catch (RuntimeException e) {
            // the purchase went away while the file streamed in: do not leave the upload behind
            releases.delete(caller, new FileId(file.id()));
            throw e;
        }
    }

    @Override
    public AttachmentView attach(UserId caller, PurchaseId purchaseId, FileId fileId, AttachmentType type) {
        return transactions.inTransaction(() -> {
            lockOwn(caller, purchaseId);
            FileView file;
            try {
                file = files.view(caller, fileId);
            } catch (ResourceNotFoundException e) {
                throw new RuleViolationException("fileId", "File not found");
            }
            Attachment link = new Attachment(purchaseId, fileId, type, attachments.isUploadedForPurchase(fileId), clock.instant());
            attachments.insert(link);
            return new AttachmentView(link, file);
        });
    }

    @Override
    public Page<AttachmentView> list(UserId caller, PurchaseId purchaseId, PageRequest page) {
        own(caller, purchaseId);
        // a purchase has a handful of attachments: page them in memory, but resolve only the page's files
        List<Attachment> all = attachments.of(purchaseId);
        int from = (int) Math.min(page.offset(), all.size());
        List<AttachmentView> items = all.subList(from, Math.min(from + page.size(), all.size())).stream()
                .map(attachment -> viewOf(caller, attachment)).toList();
        return new Page<>(items, all.size(), page);
    }

    @Override
    public AttachmentView get(UserId caller, PurchaseId purchaseId, FileId fileId) {
        own(caller, purchaseId);
        return viewOf(caller, attachment(purchaseId, fileId));
    }

    @Override
    public void detach(UserId caller, PurchaseId purchaseId, FileId fileId) {
        Attachment detached = transactions.inTransaction(() -> {
            lockOwn(caller, purchaseId);
            Attachment attachment = attachment(purchaseId, fileId);
            attachments.delete(purchaseId, fileId);
            return attachment;
        });
        releases.release(caller, detached);
    }

    private Attachment attachment(PurchaseId purchaseId, FileId fileId) {
        return attachments.find(purchaseId, fileId).orElseThrow(() -> new ResourceNotFoundException("Attachment not found"));
    }

    private AttachmentView viewOf(UserId caller, Attachment attachment) {
        return new AttachmentView(attachment, files.view(caller, attachment.fileId()));
    }

    private Purchase own(UserId caller, PurchaseId purchaseId) {
        return Ownership.requireOwn(purchases.findById(purchaseId), Purchase::owner, caller, "Purchase");
    }

    private Purchase lockOwn(UserId caller, PurchaseId purchaseId) {
        return Ownership.requireOwn(purchases.lockById(purchaseId), Purchase::owner, caller, "Purchase");
    }
}
