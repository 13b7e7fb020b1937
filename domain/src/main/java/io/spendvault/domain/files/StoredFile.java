package io.spendvault.domain.files;

import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Text;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.storage.ContentHash;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One upload of one user: its names, detected type, size and the hash of its content. Identical content
 * uploaded twice is two files sharing one blob; the blob lives as long as any file refers to it.
 */
public record StoredFile(FileId id, UserId owner, String filename, String originalFilename, String contentType, long size,
                         ContentHash hash, String description, Instant uploadDate, Instant updatedAt) {

    public static final int MAX_DESCRIPTION = 1000;

    public StoredFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(originalFilename, "originalFilename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(uploadDate, "uploadDate");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        checkDescription(description);
    }

    /** The rule of descriptions (may be null), to check one before any work is done for it. */
    public static String checkDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new RuleViolationException("description", "Description must be at most " + MAX_DESCRIPTION + " characters");
        }
        return Text.requirePlain("description", description);
    }

    public StoredFile renamed(String newFilename, Instant now) {
        return new StoredFile(id, owner, DisplayName.of(newFilename), originalFilename, contentType, size, hash, description,
                uploadDate, now);
    }

    public StoredFile describedAs(String newDescription, Instant now) {
        return new StoredFile(id, owner, filename, originalFilename, contentType, size, hash, newDescription, uploadDate, now);
    }

    /**
     * Raster images and PDF may be shown in the browser; everything else is always downloaded. SVG is an
     * image that can carry script, so it is never shown inline on the API's origin.
     */
    public boolean viewableInline() {
        return INLINE_TYPES.contains(contentType);
    }

    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/avif", "image/bmp", "application/pdf");
}
