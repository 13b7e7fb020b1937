package io.spendvault.domain.common;

/** The request clashes with the current state, such as a name that is already taken. */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super("CONFLICT", message);
    }

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
