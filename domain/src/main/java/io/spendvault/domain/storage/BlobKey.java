package io.spendvault.domain.storage;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a blob lives in a store. Content is addressed by its hash as {@code ab/cd/abcd…} (the hash's first
 * two and next two hex digits, then the whole hash); derived objects such as thumbnails live under
 * {@code derived/ab/cd/abcd…/<variant>}. Keys are built only from hashes and fixed variant names, so no
 * user-supplied text ever reaches a key and path traversal is impossible.
 */
public record BlobKey(String value) {

    private static final String DERIVED_PREFIX = "derived/";
    private static final Pattern CONTENT = Pattern.compile("([0-9a-f]{2})/([0-9a-f]{2})/(\\1\\2[0-9a-f]{60})");
    private static final Pattern DERIVED = Pattern.compile(
            "derived/([0-9a-f]{2})/([0-9a-f]{2})/(\\1\\2[0-9a-f]{60})/([a-z0-9][a-z0-9._-]{0,63})");
    private static final Pattern VARIANT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public BlobKey {
        Objects.requireNonNull(value, "value");
        if (!CONTENT.matcher(value).matches() && !DERIVED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a blob key: " + value);
        }
    }

    public static BlobKey content(ContentHash hash) {
        String hex = hash.hex();
        return new BlobKey(hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex);
    }

    /** A derived object of some content, e.g. {@code derived(hash, "thumbnail-64.png")}. */
    public static BlobKey derived(ContentHash hash, String variant) {
        if (variant == null || !VARIANT.matcher(variant).matches()) {
            throw new IllegalArgumentException("variant must be a short lower-case name: " + variant);
        }
        return new BlobKey(DERIVED_PREFIX + content(hash).value() + "/" + variant);
    }

    /** The key for a stored name, or empty for names that are not blob keys (temporary files, strays). */
    public static Optional<BlobKey> parse(String value) {
        if (value != null && (CONTENT.matcher(value).matches() || DERIVED.matcher(value).matches())) {
            return Optional.of(new BlobKey(value));
        }
        return Optional.empty();
    }

    public boolean isContent() {
        return !value.startsWith(DERIVED_PREFIX);
    }

    /** The content this key holds (content keys) or was derived from (derived keys). */
    public ContentHash contentHash() {
        Matcher matcher = (isContent() ? CONTENT : DERIVED).matcher(value);
        if (!matcher.matches()) {
            throw new IllegalStateException("unreachable: key validated on construction");
        }
        return new ContentHash(matcher.group(3));
    }

    @Override
    public String toString() {
        return value;
    }
}
