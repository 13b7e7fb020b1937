package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.SessionId;

/** Whether an access token's session is still active; asked for every authenticated request. */
public interface CheckSessionUseCase {

    boolean isActive(SessionId session);
}
