package io.spendvault.adapters.rest.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.application.identity.port.in.AdministeredUser;
import io.spendvault.application.identity.port.in.SystemStats;
import io.spendvault.application.identity.port.in.UserView;
import io.spendvault.domain.admin.AuditEntry;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Response bodies of the administration endpoints. */
final class AdminResponses {

    private AdminResponses() {
    }

    @Serdeable
    record Stats(long totalUploads, long totalStorageUsed, long totalPurchases) {
    }

    @Serdeable
    record User(UUID id, String username, String email, String role, boolean isActive, Instant createdAt, Instant updatedAt,
                @Nullable Instant lastLogin,
                @Nullable @Schema(description = "The account's own quota in bytes; null: the server's default") Long storageQuota,
                Stats stats) {
        static User of(AdministeredUser administered) {
            UserView view = administered.user();
            return new User(view.id(), view.username(), view.email(), view.role(), view.active(), view.createdAt(),
                    view.updatedAt(), view.lastLogin(), administered.storageQuota(),
                    new Stats(administered.totalUploads(), administered.totalStorageUsed(), administered.totalPurchases()));
        }
    }

    /** The body of {@code PUT /admin/users/{id}}, as documented; read field by field (a partial update). */
    @Serdeable
    record UserUpdate(@Nullable @Schema(allowableValues = {"user", "admin"}) String role, @Nullable Boolean isActive,
                      @Nullable @Schema(description = "Bytes, or null for the server's default", minimum = "0") Long storageQuota) {
    }

    @Serdeable
    record Users(long total, long active, long admins, long newThisMonth) {
    }

    @Serdeable
    record Files(long total, long totalSize, long uploadsThisMonth) {
    }

    @Serdeable
    record Storage(@Schema(description = "What users uploaded") long logicalBytes,
                   @Schema(description = "Distinct content actually stored") long storedBytes,
                   long dedupSavingsBytes,
                   @Schema(description = "Every account's quota added up") long quotaTotal,
                   @Schema(description = "logical_bytes as a share of quota_total, one decimal") BigDecimal usagePercentage) {
    }

    @Serdeable
    record Purchases(long total) {
    }

    @Serdeable
    record ServerStats(Users users, Files files, Storage storage, Purchases purchases) {
        static ServerStats of(SystemStats stats) {
            SystemStats.Storage storage = stats.storage();
            return new ServerStats(
                    new Users(stats.users().total(), stats.users().active(), stats.users().admins(), stats.users().newThisMonth()),
                    new Files(stats.files().total(), stats.files().totalSize(), stats.files().uploadsThisMonth()),
                    new Storage(storage.logicalBytes(), storage.storedBytes(), storage.dedupSavingsBytes(),
                            storage.quotaTotal(), storage.usagePercentage()),
                    new Purchases(stats.purchases()));
        }
    }

    @Serdeable
    record AuditItem(UUID id, UUID actorId, String actorUsername, String action, UUID targetId, String targetUsername,
                     String field, @Nullable String before, @Nullable String after, Instant createdAt) {
        static AuditItem of(AuditEntry entry) {
            return new AuditItem(entry.id(), entry.actor().value(), entry.actorUsername(), entry.action(),
                    entry.target().value(), entry.targetUsername(), entry.field(), entry.before(), entry.after(), entry.at());
        }
    }
}
