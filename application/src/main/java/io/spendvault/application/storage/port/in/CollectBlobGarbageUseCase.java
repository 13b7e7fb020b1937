package io.spendvault.application.storage.port.in;

/**
 * Deletes blobs that nothing in the database references any more and that are older than a grace
 * period (so content being uploaded right now, whose row is not committed yet, is never taken).
 */
public interface CollectBlobGarbageUseCase {

    GarbageCollectionReport collect(GarbageCollectionCommand command);
}
