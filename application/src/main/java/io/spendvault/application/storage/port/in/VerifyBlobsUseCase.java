package io.spendvault.application.storage.port.in;

/**
 * Re-hashes every content blob of the configured store and reports those whose bytes no longer match
 * their hash (corrupted) and those the database references but the store has lost (missing).
 */
public interface VerifyBlobsUseCase {

    VerificationReport verify(TransferProgress.Listener listener);
}
