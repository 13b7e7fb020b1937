package io.spendvault.adapters.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRows extends CrudRepository<SessionRow, UUID> {

    @Query("""
            UPDATE sessions SET refresh_token_hash = :newHash, expires_at = :newExpiry
            WHERE id = :id AND refresh_token_hash = :expectedHash AND revoked_at IS NULL AND expires_at > :now""")
    long rotate(UUID id, String expectedHash, String newHash, Instant newExpiry, Instant now);

    @Query("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    long revoke(UUID id, Instant now);

    @Query("""
            UPDATE sessions SET revoked_at = :now
            WHERE user_id = :userId AND id <> :keep AND revoked_at IS NULL AND expires_at > :now""")
    long revokeAllOf(UUID userId, UUID keep, Instant now);

    @Query("SELECT EXISTS (SELECT 1 FROM sessions WHERE id = :id AND revoked_at IS NULL AND expires_at > :now)")
    boolean isActive(UUID id, Instant now);

    /** The session's expiry while it is current: live, of this user, whose account is active with this role. */
    @Query("""
            SELECT s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.id = :id AND s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > :now
              AND u.is_active AND u.role = :role""")
    Optional<Instant> expiryIfCurrent(UUID id, UUID userId, String role, Instant now);
}
