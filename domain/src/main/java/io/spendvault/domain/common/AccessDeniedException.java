package io.spendvault.domain.common;

/** The caller is known but may not do this. */
public class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super("FORBIDDEN", message);
    }

    public AccessDeniedException(String code, String message) {
        super(code, message);
    }
}
