package io.spendvault.domain.identity;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Text;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and stored lower-cased, so uniqueness ignores case. */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern VALID = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_LENGTH || !Text.isPlain(normalized) || !VALID.matcher(normalized).matches()) {
            throw new RuleViolationException("email", "Email must be a valid address");
        }
        value = normalized;
    }

    @Override
    public String toString() {
        return value;
    }
}
