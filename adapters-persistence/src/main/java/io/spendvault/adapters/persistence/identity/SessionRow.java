package io.spendvault.adapters.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("sessions")
record SessionRow(@Id UUID id, UUID userId, String refreshTokenHash, Instant createdAt, Instant expiresAt,
                  @Nullable Instant revokedAt) {
}
