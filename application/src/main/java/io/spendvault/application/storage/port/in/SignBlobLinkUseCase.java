package io.spendvault.application.storage.port.in;

import io.spendvault.domain.storage.DownloadLink;
import io.spendvault.domain.storage.DownloadLinkRequest;

/**
 * Signs a download link that the application itself serves, for a blob store that cannot presign URLs
 * (the filesystem store): the store asks for a link, the REST adapter serves it.
 */
public interface SignBlobLinkUseCase {

    DownloadLink sign(DownloadLinkRequest request);
}
