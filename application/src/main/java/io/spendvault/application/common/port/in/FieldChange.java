package io.spendvault.application.common.port.in;

import java.util.function.Function;

/**
 * One field of a partial update: either left as it is ({@link #keep()}), or set to a value, where
 * {@code null} clears a field that may be empty (and is refused by the field's rule where it may not).
 */
public record FieldChange<T>(boolean sent, T value) {

    private static final FieldChange<?> KEEP = new FieldChange<>(false, null);

    public FieldChange {
        if (!sent && value != null) {
            throw new IllegalArgumentException("a kept field has no new value");
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> FieldChange<T> keep() {
        return (FieldChange<T>) KEEP;
    }

    public static <T> FieldChange<T> to(T value) {
        return new FieldChange<>(true, value);
    }

    /** The new value if one was sent, else {@code current}. */
    public T orElse(T current) {
        return sent ? value : current;
    }

    /** The same change of a converted value; a sent {@code null} stays {@code null}. */
    public <R> FieldChange<R> map(Function<T, R> conversion) {
        return sent ? to(value == null ? null : conversion.apply(value)) : keep();
    }
}
