package io.spendvault.domain.identity;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a password must be: 8 to 128 characters and not one of the 10,000 most common passwords (which
 * attackers try first), compared without regard to case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    /**
     * @param field the input field to name in the error, e.g. {@code password} or {@code newPassword}
     * @throws RuleViolationException when the password is too short, too long or common
     */
    public void check(String password, String field) {
        Objects.requireNonNull(field, "field");
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new RuleViolationException(field,
                    "Password must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        if (!Text.isPlain(password)) {
            throw new RuleViolationException(field, "Password " + Text.NOT_PLAIN);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException(field, "Password is too common; choose one that is harder to guess");
        }
    }

    int size() {
        return common.size();
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(load());

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
                }
                Set<String> passwords = new HashSet<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
                return passwords;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
