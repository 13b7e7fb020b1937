package io.spendvault.application.identity.port.in;

/**
 * Exchanges a refresh token for a new access token and a new refresh token (rotation). Presenting a
 * refresh token that was already exchanged revokes the whole session: someone copied it.
 */
public interface RefreshSessionUseCase {

    /** @throws io.spendvault.domain.common.UnauthenticatedException expired, revoked, reused or malformed */
    LoginUseCase.SessionTokens refresh(String refreshToken);
}
