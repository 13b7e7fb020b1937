package io.spendvault.application.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How mail goes out: whether an SMTP server is configured ({@code deliveryConfigured}), the public address
 * the links in mails start with, how often a failed mail is retried (the delay doubles from
 * {@code firstRetryDelay} up to {@code maxRetryDelay}), how long an unsubscribe link works, and how many
 * test mails a user may ask for per hour. A mail not sent within {@code maxAge} of being written is given
 * up: a reset link or a reminder that arrives days late does more harm than good.
 */
public record MailSettings(boolean deliveryConfigured, String publicUrl, int maxAttempts, Duration firstRetryDelay,
                           Duration maxRetryDelay, Duration maxAge, Duration unsubscribeLinkTtl, int testMailsPerHour) {

    public MailSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(unsubscribeLinkTtl, "unsubscribeLinkTtl");
        publicUrl = publicUrl.strip().replaceAll("/+$", "");
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new IllegalArgumentException("SPENDVAULT_PUBLIC_URL must start with http:// or https://, was: " + publicUrl);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a mail is attempted at least once");
        }
        if (testMailsPerHour < 1) {
            throw new IllegalArgumentException("at least one test mail per hour");
        }
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    public Duration retryDelay(int attempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
