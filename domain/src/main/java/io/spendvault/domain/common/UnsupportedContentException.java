package io.spendvault.domain.common;

/** Content of a kind the service does not accept, judged by what it is, not by what a client says it is. */
public class UnsupportedContentException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnsupportedContentException(String message) {
        super("UNSUPPORTED_MEDIA_TYPE", message);
    }
}
