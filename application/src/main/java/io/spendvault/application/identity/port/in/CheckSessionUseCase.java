package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;

/** Whether an access token still speaks for its user; asked for every authenticated request. */
public interface CheckSessionUseCase {

    boolean isActive(SessionId session);

    /**
     * Whether a token naming {@code user}, {@code role} and {@code session} is current: the session is alive
     * and is that user's, and the user is active and has that role now. A token that names another user's
     * session, or a role the user no longer (or never) had, does not speak for anyone.
     */
    boolean isCurrent(SessionId session, UserId user, Role role);

    /**
     * Whether this instance already knows that {@link #isCurrent} would say yes, without waiting for anything
     * (it may remember a recent answer): callers that must not block ask this first and {@code isCurrent}
     * only when the answer is {@code false}.
     */
    boolean isKnownCurrent(SessionId session, UserId user, Role role);
}
