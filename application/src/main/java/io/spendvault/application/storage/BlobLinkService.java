package io.spendvault.application.storage;

import io.spendvault.application.storage.port.in.BlobDownload;
import io.spendvault.application.storage.port.in.OpenBlobLinkQuery;
import io.spendvault.application.storage.port.in.OpenBlobLinkUseCase;
import io.spendvault.domain.common.AccessDeniedException;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.storage.port.BlobStore;

/** Opens blobs for {@link SignedBlobLinks} after checking the signature and expiry. */
public class BlobLinkService implements OpenBlobLinkUseCase {

    private final SignedBlobLinks links;
    private final BlobStore blobs;

    public BlobLinkService(SignedBlobLinks links, BlobStore blobs) {
        this.links = links;
        this.blobs = blobs;
    }

    @Override
    public BlobDownload open(OpenBlobLinkQuery query) {
        var link = links.verify(query.key(), query.expires(), query.contentType(), query.contentDisposition(), query.signature())
                .orElseThrow(() -> new AccessDeniedException("LINK_INVALID", "This download link is invalid or has expired"));
        long size = blobs.size(link.key()).orElseThrow(() -> new ResourceNotFoundException("File not found"));
        var content = blobs.open(link.key()).orElseThrow(() -> new ResourceNotFoundException("File not found"));
        return new BlobDownload(content, size, link.contentType(), link.contentDisposition());
    }
}
