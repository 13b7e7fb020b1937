package io.spendvault.domain.common;

/** The caller is not (or no longer) authenticated: missing, wrong or revoked credentials. */
public class UnauthenticatedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String code, String message) {
        super(code, message);
    }
}
