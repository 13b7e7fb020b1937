package io.spendvault.adapters.persistence.identity;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.domain.identity.PasswordResetToken;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.port.PasswordResetTokenRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@link PasswordResetTokenRepository} on PostgreSQL. */
@Singleton
@DatabaseAccess
public class PostgresPasswordResetTokenRepository implements PasswordResetTokenRepository {

    private final PasswordResetTokenRows rows;

    PostgresPasswordResetTokenRepository(PasswordResetTokenRows rows) {
        this.rows = rows;
    }

    @Override
    public void insert(PasswordResetToken token) {
        rows.save(new PasswordResetTokenRow(token.id(), token.userId().value(), token.tokenHash(), token.createdAt(),
                token.expiresAt(), token.usedAt()));
    }

    @Override
    public Optional<PasswordResetToken> findByHash(String tokenHash) {
        return rows.findByTokenHash(tokenHash).map(row -> new PasswordResetToken(row.id(), new UserId(row.userId()),
                row.tokenHash(), row.createdAt(), row.expiresAt(), row.usedAt()));
    }

    @Override
    public boolean markUsed(UUID id, Instant now) {
        return rows.markUsed(id, now) == 1;
    }

    @Override
    public void invalidateAllOf(UserId userId, Instant now) {
        rows.invalidateAllOf(userId.value(), now);
    }
}
