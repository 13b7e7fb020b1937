package io.spendvault.domain.common;

/** A dependency (database, blob storage, …) is down or failing; the request may succeed later. */
public class ServiceUnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
