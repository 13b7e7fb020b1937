package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;

/** Length rules for the free-text fields of spending records. */
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
        return text;
    }

    static String required(String field, String label, String value, int maxLength) {
        String text = optional(field, label, value, maxLength);
        if (text == null) {
            throw new RuleViolationException(field, label + " is required");
        }
        return text;
    }
}
