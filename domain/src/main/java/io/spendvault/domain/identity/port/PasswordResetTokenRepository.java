package io.spendvault.domain.identity.port;

import io.spendvault.domain.identity.PasswordResetToken;
import io.spendvault.domain.identity.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Password reset tokens, by the hash of the token that was sent. */
public interface PasswordResetTokenRepository {

    void insert(PasswordResetToken token);

    Optional<PasswordResetToken> findByHash(String tokenHash);

    /** Marks the token used if it was not yet: atomic, so a token works once even under a race. */
    boolean markUsed(UUID id, Instant now);

    /** Spends every unused token of the user, e.g. when a new one is issued or the password changed. */
    void invalidateAllOf(UserId userId, Instant now);
}
