package io.spendvault.domain.common;

/** Content larger than a configured limit; raised as soon as the limit is passed, not after reading it all. */
public class PayloadTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public PayloadTooLargeException(String message, long limitBytes) {
        super("PAYLOAD_TOO_LARGE", message);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
