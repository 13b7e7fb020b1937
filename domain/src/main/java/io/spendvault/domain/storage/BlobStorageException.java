package io.spendvault.domain.storage;

import io.spendvault.domain.common.ServiceUnavailableException;

/** The one failure a blob store reports: the backend is unreachable, refused, or broke mid-way. */
public class BlobStorageException extends ServiceUnavailableException {

    private static final long serialVersionUID = 1L;

    public BlobStorageException(String message, Throwable cause) {
        super("STORAGE_UNAVAILABLE", message, cause);
    }

    public BlobStorageException(String message) {
        this(message, null);
    }
}
