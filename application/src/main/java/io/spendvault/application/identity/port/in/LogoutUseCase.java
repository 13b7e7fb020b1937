package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.SessionId;

/** Ends a session: its refresh token and its access tokens stop working at once. */
public interface LogoutUseCase {

    void logout(SessionId session);
}
