package io.spendvault.application.storage.port.in;

import io.spendvault.domain.storage.BlobKey;

/** One blob that a pass could not handle, and why. */
public record BlobFailure(BlobKey key, String reason) {
}
