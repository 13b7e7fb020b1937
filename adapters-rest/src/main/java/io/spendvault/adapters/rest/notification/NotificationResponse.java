package io.spendvault.adapters.rest.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.domain.notification.Notification;
import io.spendvault.domain.notification.NotificationStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A mail to the caller as listed by {@code GET /notifications}: what and when, never its content. */
@Serdeable
record NotificationResponse(UUID id, @Schema(allowableValues = {"password_reset", "reminder", "test"}) String kind,
                            String recipient, String subject,
                            @Schema(allowableValues = {"pending", "sent", "failed"}) String status,
                            @Schema(description = "Delivery attempts so far") int attempts,
                            @Nullable @Schema(description = "When a pending mail is tried next") Instant nextAttemptAt,
                            @Nullable @Schema(description = "Why the last attempt failed") String lastError,
                            Instant createdAt, @Nullable Instant sentAt) {

    static NotificationResponse of(Notification mail) {
        boolean pending = mail.status() == NotificationStatus.PENDING;
        return new NotificationResponse(mail.id(), mail.kind().name().toLowerCase(Locale.ROOT), mail.recipient(), mail.subject(),
                mail.status().name().toLowerCase(Locale.ROOT), mail.attempts(), pending ? mail.nextAttemptAt() : null,
                mail.lastError(), mail.createdAt(), mail.sentAt());
    }
}
