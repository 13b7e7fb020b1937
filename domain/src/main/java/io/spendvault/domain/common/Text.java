package io.spendvault.domain.common;

/**
 * The rule every text a user stores or sends must pass, whatever the field: no NUL or other control
 * characters (tab, line feed and carriage return excepted) and no lone surrogates, which are not text at
 * all. PostgreSQL cannot store a NUL, and the others only hide content or break other systems.
 */
public final class Text {

    public static final String NOT_PLAIN = "must not contain control characters or invalid Unicode";

    private Text() {
    }

    /** {@code true} when {@code value} (may be null) passes the rule. */
    public static boolean isPlain(CharSequence value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** @throws RuleViolationException on {@code field} when {@code value} breaks the rule */
    public static String requirePlain(String field, String value) {
        if (!isPlain(value)) {
            throw new RuleViolationException(field, capitalized(field) + " " + NOT_PLAIN);
        }
        return value;
    }

    private static String capitalized(String field) {
        StringBuilder label = new StringBuilder(field.length() + 4);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (i == 0) {
                label.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }
}
