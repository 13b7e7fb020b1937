package io.spendvault.domain.common;

/** An operation would take a user past a storage or count limit. */
public class QuotaExceededException extends DomainException {

    private static final long serialVersionUID = 1L;

    public QuotaExceededException(String message) {
        super("QUOTA_EXCEEDED", message);
    }

    public QuotaExceededException(String code, String message) {
        super(code, message);
    }
}
