package io.spendvault.application.identity.port.out;

import io.spendvault.domain.identity.UserId;

/** How much a user has stored, for the profile. */
public interface StorageUsage {

    Usage of(UserId user);

    record Usage(long totalUploads, long totalStorageUsed) {
        public static final Usage NONE = new Usage(0, 0);
    }
}
