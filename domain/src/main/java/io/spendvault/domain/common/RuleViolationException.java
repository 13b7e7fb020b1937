package io.spendvault.domain.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A business rule rejects otherwise well-formed input. Problems are named by field, in Java terms
 * ({@code productName}); the driving adapter turns the names into its own (the API's snake_case), so
 * clients can show each message next to its field. One exception may name several fields.
 */
public class RuleViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** The key of a problem that concerns the input as a whole rather than one field. */
    static final String GENERAL = "";

    private final transient Map<String, List<String>> fieldErrors;

    public RuleViolationException(String message) {
        super("VALIDATION_FAILED", message);
        this.fieldErrors = Map.of();
    }

    public RuleViolationException(String field, String message) {
        super("VALIDATION_FAILED", message);
        this.fieldErrors = Map.of(field, List.of(message));
    }

    /** Several fields at once (see {@link Violations}); the message is the only one, or a summary. */
    RuleViolationException(Map<String, List<String>> fieldErrors) {
        super("VALIDATION_FAILED", summary(fieldErrors));
        this.fieldErrors = fieldErrors.containsKey(GENERAL) && fieldErrors.size() == 1 ? Map.of() : withoutGeneral(fieldErrors);
    }

    /** The problems by field, in the order they were found; empty when the problem is not about one field. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    /** The first field named, if any. */
    public Optional<String> field() {
        return fieldErrors.keySet().stream().findFirst();
    }

    private static String summary(Map<String, List<String>> fieldErrors) {
        if (fieldErrors.size() == 1) {
            return fieldErrors.values().iterator().next().get(0);
        }
        return "Validation failed for " + fieldErrors.size() + " fields";
    }

    private static Map<String, List<String>> withoutGeneral(Map<String, List<String>> fieldErrors) {
        if (!fieldErrors.containsKey(GENERAL)) {
            return fieldErrors;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(fieldErrors);
        copy.remove(GENERAL);
        return Collections.unmodifiableMap(copy);
    }
}
