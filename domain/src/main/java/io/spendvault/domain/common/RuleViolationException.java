package io.spendvault.domain.common;

import java.util.Optional;

/**
 * A business rule rejects otherwise well-formed input. When the rule concerns one input field, name it
 * (in the API's snake_case) so clients can show the message next to that field.
 */
public class RuleViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RuleViolationException(String message) {
        this(null, message);
    }

    public RuleViolationException(String field, String message) {
        super("VALIDATION_FAILED", message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
