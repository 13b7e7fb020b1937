package io.spendvault.application.userdata.port.in;

import io.spendvault.domain.identity.UserId;

/**
 * Starting over and leaving. Both ask for the user's current password and touch nothing of another user,
 * also not content another user's file shares.
 */
public interface EraseDataUseCase {

    /**
     * Deletes all of the user's purchases, warranties, retailers, brands, files (their contents once
     * nothing refers to them) and settings; the account stays.
     *
     * @throws io.spendvault.domain.common.InvalidRequestException {@code PASSWORD_INCORRECT}
     */
    ErasureReport resetAll(UserId user, String password);

    /**
     * Deletes everything {@link #resetAll} does, then the account and its sessions: its tokens stop
     * working at once.
     *
     * @throws io.spendvault.domain.common.InvalidRequestException {@code PASSWORD_INCORRECT}
     * @throws io.spendvault.domain.common.ConflictException {@code LAST_ADMIN} for the last active administrator
     */
    ErasureReport deleteAccount(UserId user, String password);
}
