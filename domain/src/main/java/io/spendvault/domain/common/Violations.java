package io.spendvault.domain.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects every problem of one input, field by field, so that a client learns about all its mistakes in
 * one answer instead of one per attempt. The first problem found for a field is the one kept: later checks
 * of the same field usually follow from it ("required" after "must be a number").
 */
public final class Violations {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    /** Records a problem of {@code field} unless that field already has one. */
    public Violations add(String field, String message) {
        byField.putIfAbsent(field, List.of(message));
        return this;
    }

    /** Runs one check; a rule violation it throws is recorded instead, and {@code null} returned. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolationException violation) {
            absorb(violation);
            return null;
        }
    }

    /** Takes over the problems of a rule violation thrown elsewhere. */
    public void absorb(RuleViolationException violation) {
        if (violation.fieldErrors().isEmpty()) {
            add(RuleViolationException.GENERAL, violation.getMessage());
        }
        violation.fieldErrors().forEach((field, messages) -> byField.putIfAbsent(field, List.copyOf(messages)));
    }

    /** Takes over the problems recorded in {@code other}, keeping the first one of each field. */
    public void addAll(Violations other) {
        other.byField.forEach(byField::putIfAbsent);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** @throws RuleViolationException naming every field recorded so far, if there is one */
    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new RuleViolationException(copy());
        }
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((field, messages) -> copy.put(field, Collections.unmodifiableList(new ArrayList<>(messages))));
        return Collections.unmodifiableMap(copy);
    }
}
