package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;

/** Ends sessions: their refresh tokens and their access tokens stop working at once. */
public interface LogoutUseCase {

    void logout(SessionId session);

    /** Ends every session of the user, the caller's own included ("sign out everywhere"); returns how many. */
    int logoutEverywhere(UserId user);
}
