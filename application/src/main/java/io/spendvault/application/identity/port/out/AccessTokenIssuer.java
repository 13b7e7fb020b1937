package io.spendvault.application.identity.port.out;

import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.User;

import java.time.Duration;
import java.time.Instant;

/** Issues the short-lived signed access tokens (JWT) that authenticate API requests. */
public interface AccessTokenIssuer {

    AccessToken issue(User user, SessionId session, Instant now);

    /** A signed token and how long it is valid. */
    record AccessToken(String value, Duration expiresIn) {
    }
}
