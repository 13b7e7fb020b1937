package io.spendvault.domain.spending.testsupport

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.files.FileId
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.Attachment
import io.spendvault.domain.spending.PurchaseId
import io.spendvault.domain.spending.port.AttachmentRepository

import java.util.function.Consumer

/** Attachment links in memory, in insertion order. */
class InMemoryAttachmentRepository implements AttachmentRepository {

    final List<Attachment> links = []
    InMemoryPurchaseRepository purchases

    @Override
    void insert(Attachment attachment) {
        if (find(attachment.purchaseId(), attachment.fileId()).isPresent()) {
            throw new ConflictException('ALREADY_ATTACHED', 'already attached')
        }
        links << attachment
    }

    @Override
    Optional<Attachment> find(PurchaseId purchaseId, FileId fileId) {
        Optional.ofNullable(links.find { it.purchaseId() == purchaseId && it.fileId() == fileId })
    }

    @Override
    List<Attachment> of(PurchaseId purchaseId) { links.findAll { it.purchaseId() == purchaseId } }

    @Override
    boolean delete(PurchaseId purchaseId, FileId fileId) { links.removeIf { it.purchaseId() == purchaseId && it.fileId() == fileId } }

    @Override
    boolean isUploadedForPurchase(FileId fileId) { links.any { it.fileId() == fileId && it.uploadedForPurchase() } }

    @Override
    boolean isAttached(FileId fileId) { links.any { it.fileId() == fileId } }

    @Override
    void forEachOf(UserId owner, Consumer<Attachment> each) {
        links.findAll { purchases.purchases[it.purchaseId()]?.owner() == owner }
                .sort { a, b -> a.attachedAt() <=> b.attachedAt() ?: a.purchaseId().value() <=> b.purchaseId().value() ?: a.fileId().value() <=> b.fileId().value() }
                .each { each.accept(it) }
    }
}
