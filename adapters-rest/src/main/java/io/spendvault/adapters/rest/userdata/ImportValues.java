package io.spendvault.adapters.rest.userdata;

import io.micronaut.json.tree.JsonNode;
import io.spendvault.domain.storage.ContentHash;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the values of import documents, ours and the Spends Tracker's alike: numbers as exact decimals
 * whether written as numbers or strings, booleans also as 0/1, tags as a list or a comma string, dates
 * ISO-8601 (a date-time's date part is its date), timestamps with or without a zone (UTC). Absent and
 * empty values are null. A value that cannot be read throws {@link IllegalArgumentException} saying what
 * it must be.
 */
final class ImportValues {

    private ImportValues() {
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.getStringValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.coerceStringValue();
        }
        throw new IllegalArgumentException("must be text");
    }

    /** An id or reference: text or a whole number. */
    static String reference(JsonNode value) {
        String text = text(value);
        return text == null || text.isBlank() ? null : text.strip();
    }

    static BigDecimal decimal(JsonNode value) {
        if (value != null && value.isNumber()) {
            Number number = value.getNumberValue();
            if (number instanceof BigDecimal exact) {
                return exact;
            }
            if (number instanceof BigInteger whole) {
                return new BigDecimal(whole);
            }
            return new BigDecimal(number.toString());
        }
        return decimal(text(value));
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
    }

    static Integer integer(JsonNode value) {
        return integer(value != null && value.isNumber() ? decimal(value).toPlainString() : text(value));
    }

    static Integer integer(String text) {
        BigDecimal number = decimal(text);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    static Boolean bool(JsonNode value) {
        if (value != null && value.isBoolean()) {
            return value.getBooleanValue();
        }
        return bool(text(value));
    }

    static Boolean bool(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("must be true or false (or 1 or 0)");
        };
    }

    static LocalDate date(JsonNode value) {
        return date(text(value));
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.strip();
        int time = date.indexOf('T') > 0 ? date.indexOf('T') : date.indexOf(' ');
        try {
            return LocalDate.parse(time > 0 ? date.substring(0, time) : date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date (YYYY-MM-DD)");
        }
    }

    static Instant instant(JsonNode value) {
        return instant(text(value));
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stamp = text.strip();
        try {
            return Instant.parse(stamp);
        } catch (DateTimeParseException zoned) {
            try {
                return LocalDateTime.parse(stamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a timestamp (ISO-8601)");
            }
        }
    }

    static List<String> tags(JsonNode value) {
        if (value != null && value.isArray()) {
            List<String> tags = new ArrayList<>();
            for (JsonNode tag : value.values()) {
                tags.add(text(tag));
            }
            return tags;
        }
        return tags(text(value));
    }

    static List<String> tags(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    /** {@code sha256:<hex>} as the API writes it, or the bare hex. */
    static ContentHash hash(JsonNode value) {
        String text = text(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains(":") ? ContentHash.parse(text.strip()) : new ContentHash(text.strip().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a SHA-256 hash (sha256:<64 hex digits>)");
        }
    }
}
