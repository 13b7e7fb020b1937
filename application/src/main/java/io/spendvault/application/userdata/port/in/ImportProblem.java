package io.spendvault.application.userdata.port.in;

/**
 * One record an import skipped, and why: {@code location} names it in the file ({@code purchases[17]},
 * {@code line 42}), {@code field} the value at fault (null for the record as a whole).
 */
public record ImportProblem(String location, String field, String message) {
}
