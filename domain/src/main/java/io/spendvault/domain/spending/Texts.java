package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Text;
import io.spendvault.domain.common.Violations;

/** Length rules, and the plain-text rule, for the free-text fields of spending records. */
final class Texts {

    private Texts() {
    }

    /** The trimmed text, or null when blank. */
    static String optional(String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new RuleViolationException(field, label + " must be at most " + maxLength + " characters");
        }
        if (!Text.isPlain(text)) {
            throw new RuleViolationException(field, label + " " + Text.NOT_PLAIN);
        }
        return text;
    }

    static String required(String field, String label, String value, int maxLength) {
        String text = optional(field, label, value, maxLength);
        if (text == null) {
            throw new RuleViolationException(field, label + " is required");
        }
        return text;
    }

    /** {@link #optional}, recording a problem in {@code violations} (and answering null) instead of throwing. */
    static String optional(Violations violations, String field, String label, String value, int maxLength) {
        return violations.check(() -> optional(field, label, value, maxLength));
    }

    /** {@link #required}, recording a problem in {@code violations} (and answering null) instead of throwing. */
    static String required(Violations violations, String field, String label, String value, int maxLength) {
        return violations.check(() -> required(field, label, value, maxLength));
    }
}
