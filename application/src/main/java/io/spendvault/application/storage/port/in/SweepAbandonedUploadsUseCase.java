package io.spendvault.application.storage.port.in;

import java.util.OptionalLong;

/**
 * Removes what uploads interrupted by a crash left in the blob store's temporary area, once untouched for
 * longer than the grace period (an upload still running keeps writing, so it is never taken).
 */
public interface SweepAbandonedUploadsUseCase {

    /** How many leftovers were removed; empty when another node is sweeping right now. */
    OptionalLong sweep();
}
