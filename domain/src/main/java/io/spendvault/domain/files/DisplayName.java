package io.spendvault.domain.files;

import java.text.Normalizer;

/**
 * A safe display name made from whatever file name a client sent: no directory parts, no control or
 * reserved characters, no leading dots, at most {@value #MAX_LENGTH} characters with the extension kept.
 */
public final class DisplayName {

    public static final int MAX_LENGTH = 255;
    static final String FALLBACK = "file";

    private DisplayName() {
    }

    public static String of(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\s+", " ").replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
        name = name.replaceFirst("^\\.+", "").strip();
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return truncate(name);
    }

    private static String truncate(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }
}
