package io.spendvault.adapters.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Objects;

/**
 * Where mail goes: {@code SPENDVAULT_MAIL_SMTP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD},
 * {@code _STARTTLS} (required unless {@code false}) and {@code SPENDVAULT_MAIL_FROM}. A host without a
 * sender address stops the start-up: a mail server would refuse every mail anyway.
 */
@Singleton
@Requires(property = "spendvault.mail.smtp.host", pattern = ".*\\S.*")
public class SmtpSettings {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final boolean startTls;
    private final String from;
    private final Duration timeout;

    @Inject // the configured one; the public constructor is for specs
    SmtpSettings(@Value("${spendvault.mail.smtp.host}") String host,
                 @Value("${spendvault.mail.smtp.port:587}") int port,
                 @Nullable @Value("${spendvault.mail.smtp.username:}") String username,
                 @Nullable @Value("${spendvault.mail.smtp.password:}") String password,
                 @Value("${spendvault.mail.smtp.starttls:true}") boolean startTls,
                 @Nullable @Value("${spendvault.mail.from:}") String from,
                 @Value("${spendvault.mail.smtp.timeout:10s}") Duration timeout) {
        this.host = Objects.requireNonNull(host, "host").strip();
        this.port = port;
        this.username = username == null ? "" : username;
        this.password = password == null ? "" : password;
        this.startTls = startTls;
        this.from = from == null ? "" : from.strip();
        this.timeout = timeout;
        if (this.from.isEmpty()) {
            throw new IllegalArgumentException("SPENDVAULT_MAIL_FROM must be set when SPENDVAULT_MAIL_SMTP_HOST is");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SPENDVAULT_MAIL_SMTP_PORT must be a port number, was " + port);
        }
    }

    public SmtpSettings(String host, int port, String username, String password, boolean startTls, String from) {
        this(host, port, username, password, startTls, from, Duration.ofSeconds(10));
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean startTls() {
        return startTls;
    }

    String from() {
        return from;
    }

    Duration timeout() {
        return timeout;
    }
}
