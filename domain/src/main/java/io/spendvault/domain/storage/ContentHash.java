package io.spendvault.domain.storage;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of some content, as 64 lower-case hex digits. Content is stored and found by it. */
public record ContentHash(String hex) {

    public static final String ALGORITHM = "SHA-256";
    private static final String PREFIX = "sha256:";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + hex);
        }
    }

    /** Accepts {@code sha256:<hex>} (as the API shows it) or bare hex. */
    public static ContentHash parse(String text) {
        Objects.requireNonNull(text, "text");
        return new ContentHash(text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text);
    }

    public static ContentHash of(byte[] digest) {
        return new ContentHash(HexFormat.of().formatHex(digest));
    }

    /** {@code sha256:<hex>}, the form clients see. */
    public String prefixed() {
        return PREFIX + hex;
    }

    @Override
    public String toString() {
        return prefixed();
    }
}
