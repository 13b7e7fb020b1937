package io.spendvault.application.files;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Limits of the files feature: the largest file, each user's quota (what the user uploaded, counting
 * identical uploads each time), and the accepted content types (exact types, or prefixes ending in {@code /}).
 */
public record FileSettings(long maxFileSize, long quotaBytes, List<String> allowedTypes) {

    public static final List<String> DEFAULT_ALLOWED_TYPES = List.of(
            "image/", "application/pdf", "text/plain", "text/csv",
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/zip");

    public FileSettings {
        if (maxFileSize <= 0 || quotaBytes <= 0) {
            throw new IllegalArgumentException("file size limit and quota must be positive");
        }
        allowedTypes = List.copyOf(Objects.requireNonNull(allowedTypes, "allowedTypes"));
    }

    public boolean allows(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return allowedTypes.stream().anyMatch(allowed -> allowed.endsWith("/") ? type.startsWith(allowed) : type.equals(allowed));
    }

    /** The limit as people read it, e.g. {@code 100 MB}. */
    public String describeMaxFileSize() {
        long mib = 1024L * 1024;
        return maxFileSize % mib == 0 ? maxFileSize / mib + " MB" : maxFileSize + " bytes";
    }
}
