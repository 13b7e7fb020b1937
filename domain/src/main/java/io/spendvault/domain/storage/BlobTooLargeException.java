package io.spendvault.domain.storage;

import io.spendvault.domain.common.PayloadTooLargeException;

/** Content passed the size limit of a store operation; nothing was kept. */
public class BlobTooLargeException extends PayloadTooLargeException {

    private static final long serialVersionUID = 1L;

    public BlobTooLargeException(long limitBytes) {
        super("Content exceeds the maximum size of " + limitBytes + " bytes", limitBytes);
    }
}
