package io.spendvault.domain.common;

import java.util.Objects;

/**
 * Base of every exception that crosses a port or use-case boundary. The {@link #code()} is a stable,
 * machine-readable name (for example {@code USERNAME_TAKEN}) that clients may switch on; the message is
 * for humans and must never contain secrets or internals.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected DomainException(String code, String message) {
        this(code, message, null);
    }

    protected DomainException(String code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = requireCode(code);
    }

    public String code() {
        return code;
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("error code must be UPPER_SNAKE_CASE: " + code);
        }
        return code;
    }
}
