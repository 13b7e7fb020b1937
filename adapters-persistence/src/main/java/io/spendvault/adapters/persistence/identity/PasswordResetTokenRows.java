package io.spendvault.adapters.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResetTokenRows extends CrudRepository<PasswordResetTokenRow, UUID> {

    Optional<PasswordResetTokenRow> findByTokenHash(String tokenHash);

    @Query("UPDATE password_reset_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL")
    long markUsed(UUID id, Instant now);

    @Query("UPDATE password_reset_tokens SET used_at = :now WHERE user_id = :userId AND used_at IS NULL")
    long invalidateAllOf(UUID userId, Instant now);
}
