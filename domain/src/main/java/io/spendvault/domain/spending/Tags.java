package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Text;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A purchase's labels: at most {@value #MAX_COUNT}, each at most {@value #MAX_LENGTH} characters. Tags are
 * case-insensitive, so they are kept trimmed and lower-cased, without blanks or repeats, in the order given.
 */
public record Tags(List<String> values) {

    public static final int MAX_COUNT = 20;
    public static final int MAX_LENGTH = 50;
    public static final Tags NONE = new Tags(List.of());

    public Tags {
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            String tag = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            if (tag.length() > MAX_LENGTH) {
                throw new RuleViolationException("tags", "Each tag must be at most " + MAX_LENGTH + " characters");
            }
            if (!Text.isPlain(tag)) {
                throw new RuleViolationException("tags", "Tags " + Text.NOT_PLAIN);
            }
            if (!tag.isEmpty()) {
                distinct.add(tag);
            }
        }
        if (distinct.size() > MAX_COUNT) {
            throw new RuleViolationException("tags", "A purchase can have at most " + MAX_COUNT + " tags");
        }
        values = List.copyOf(distinct);
    }

    /** The comma-separated form, such as {@code "kitchen, gift"}. */
    public static Tags parse(String commaSeparated) {
        return commaSeparated == null ? NONE : new Tags(Arrays.asList(commaSeparated.split(",")));
    }

    /** The form a filter compares with, or null when {@code tag} is blank. */
    public static String normalize(String tag) {
        return tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    }
}
