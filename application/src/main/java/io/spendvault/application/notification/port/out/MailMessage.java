package io.spendvault.application.notification.port.out;

import io.spendvault.domain.notification.MailContent;

import java.util.Objects;
import java.util.UUID;

/** One mail to one recipient; {@code id} (the outbox row) makes its Message-ID. */
public record MailMessage(UUID id, String to, MailContent content) {

    public MailMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
    }
}
