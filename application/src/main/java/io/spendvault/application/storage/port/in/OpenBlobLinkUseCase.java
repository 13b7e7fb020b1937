package io.spendvault.application.storage.port.in;

/** Serves the blob behind a signed download link, if the link is genuine and current. */
public interface OpenBlobLinkUseCase {

    /**
     * @throws io.spendvault.domain.common.AccessDeniedException     the link is tampered or expired
     * @throws io.spendvault.domain.common.ResourceNotFoundException the blob no longer exists
     */
    BlobDownload open(OpenBlobLinkQuery query);
}
