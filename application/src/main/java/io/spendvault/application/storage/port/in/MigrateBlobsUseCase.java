package io.spendvault.application.storage.port.in;

import io.spendvault.domain.storage.port.BlobStore;

/**
 * Copies every blob of the configured store to another one, verifying each copy's SHA-256. Idempotent
 * and resumable: blobs already in the target are skipped, so a run that stopped half-way is simply
 * started again.
 */
public interface MigrateBlobsUseCase {

    /** @throws io.spendvault.domain.storage.BlobStorageException when either store fails; re-run to resume */
    MigrationReport migrate(BlobStore target, TransferProgress.Listener listener);
}
