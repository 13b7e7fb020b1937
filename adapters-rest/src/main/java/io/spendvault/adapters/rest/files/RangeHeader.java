package io.spendvault.adapters.rest.files;

import io.spendvault.domain.storage.ByteRange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A single-range {@code Range: bytes=…} header, resolved against the size of what is served. */
final class RangeHeader {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private RangeHeader() {
    }

    /**
     * @return empty when the header asks for nothing satisfiable (malformed, several ranges, or past the end),
     *         which is answered 416; otherwise the range cut to the size
     */
    static Optional<ByteRange> resolve(String header, long size) {
        Matcher matcher = SINGLE.matcher(header.strip());
        if (!matcher.matches() || size == 0) {
            return Optional.empty();
        }
        String first = matcher.group(1);
        String last = matcher.group(2);
        try {
            if (first.isEmpty()) {
                if (last.isEmpty()) {
                    return Optional.empty();
                }
                long suffix = Long.parseLong(last); // the last N bytes
                return suffix == 0 ? Optional.empty() : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Long.parseLong(last);
            return end < start ? Optional.empty() : new ByteRange(start, end).within(size);
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
