package io.spendvault.domain.spending;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Text;
import io.spendvault.domain.common.Violations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rule for web links users store (a vendor's site, a product page): absolute http or https, bounded. */
final class WebAddress {

    private WebAddress() {
    }

    /** {@link #check}, recording a problem in {@code violations} (and answering null) instead of throwing. */
    static String check(Violations violations, String field, String url, int maxLength) {
        return violations.check(() -> check(field, url, maxLength));
    }

    /** The trimmed address, or null when blank. */
    static String check(String field, String url, int maxLength) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String address = url.strip();
        if (address.length() > maxLength) {
            throw new RuleViolationException(field, "URL must be at most " + maxLength + " characters");
        }
        if (!Text.isPlain(address)) {
            throw new RuleViolationException(field, "URL must be an http or https address");
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new RuleViolationException(field, "URL must be an http or https address");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolationException(field, "URL must be an http or https address");
        }
        return address;
    }
}
