package io.spendvault.domain.common;

/** A resource that does not exist, or that belongs to another user (never say which). */
public class ResourceNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String message) {
        super("NOT_FOUND", message);
    }

    public ResourceNotFoundException(String code, String message) {
        super(code, message);
    }
}
