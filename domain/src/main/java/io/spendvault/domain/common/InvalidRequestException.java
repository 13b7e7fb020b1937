package io.spendvault.domain.common;

/** A request that cannot be carried out as sent, such as a wrong current password or a spent reset token. */
public class InvalidRequestException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String code, String message) {
        super(code, message);
    }
}
