package io.spendvault.domain.identity.testsupport

import io.spendvault.domain.identity.PasswordResetToken
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.port.PasswordResetTokenRepository

import java.time.Instant
import java.util.concurrent.ConcurrentHashMap

/** Reset tokens in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemoryPasswordResetTokenRepository implements PasswordResetTokenRepository {

    final Map<UUID, PasswordResetToken> tokens = new ConcurrentHashMap<>()

    @Override
    void insert(PasswordResetToken token) {
        tokens.put(token.id(), token)
    }

    @Override
    Optional<PasswordResetToken> findByHash(String tokenHash) {
        Optional.ofNullable(tokens.values().find { it.tokenHash() == tokenHash })
    }

    @Override
    synchronized boolean markUsed(UUID id, Instant now) {
        def token = tokens.get(id)
        if (token == null || token.usedAt() != null) {
            return false
        }
        tokens.put(id, new PasswordResetToken(id, token.userId(), token.tokenHash(), token.createdAt(), token.expiresAt(), now))
        true
    }

    @Override
    synchronized void invalidateAllOf(UserId userId, Instant now) {
        tokens.values().findAll { it.userId() == userId && it.usedAt() == null }.each { markUsed(it.id(), now) }
    }
}
