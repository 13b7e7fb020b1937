package io.spendvault.adapters.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("users")
record UserRow(@Id UUID id, String username, String email, String passwordHash, String role, boolean isActive,
               Instant createdAt, Instant updatedAt, @Nullable Instant lastLogin, @Nullable Long storageQuota) {
}
