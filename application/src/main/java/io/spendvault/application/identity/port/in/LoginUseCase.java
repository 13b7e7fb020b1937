package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.SessionId;

import java.time.Duration;

/** Opens a session for a username (or e-mail) and password. */
public interface LoginUseCase {

    /**
     * @throws io.spendvault.domain.common.UnauthenticatedException unknown user or wrong password (same answer)
     * @throws io.spendvault.domain.common.AccessDeniedException    the account is deactivated
     */
    SessionTokens login(LoginCommand command);

    record LoginCommand(String login, String password) {
        @Override
        public String toString() {
            return "LoginCommand[login=" + login + "]";
        }
    }

    /** What a client gets at login and at each refresh. */
    record SessionTokens(String accessToken, Duration accessTokenTtl, String refreshToken, SessionId session, UserView user) {
        @Override
        public String toString() {
            return "SessionTokens[session=" + session + ", user=" + user.username() + "]";
        }
    }
}
