package io.spendvault.domain.notification;

import java.util.Objects;

/** What a mail says: a subject, a plain-text part and an HTML part with the same content. */
public record MailContent(String subject, String text, String html) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
