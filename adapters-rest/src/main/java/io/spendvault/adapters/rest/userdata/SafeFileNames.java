package io.spendvault.adapters.rest.userdata;

import java.text.Normalizer;

/**
 * A file name that unpacks as one plain file anywhere: no directory parts, no characters Windows or
 * shells trip over, no leading dots, at most 200 characters; {@code "file"} when nothing is left.
 */
final class SafeFileNames {

    static final int MAX_LENGTH = 200;

    private SafeFileNames() {
    }

    static String of(String name) {
        String cleaned = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(cleaned.length() - MAX_LENGTH); // keep the extension
            if (Character.isLowSurrogate(cleaned.charAt(0))) {
                cleaned = cleaned.substring(1);
            }
        }
        return cleaned.isEmpty() ? "file" : cleaned;
    }
}
