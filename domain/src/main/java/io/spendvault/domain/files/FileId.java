package io.spendvault.domain.files;

import java.util.Objects;
import java.util.UUID;

/** Identifies one uploaded file (one upload; identical content shares a blob, not an id). */
public record FileId(UUID value) {

    public FileId {
        Objects.requireNonNull(value, "value");
    }

    public static FileId random() {
        return new FileId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
