package io.spendvault.adapters.rest.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.domain.common.InvalidRequestException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.Violations;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a JSON object body field by field, for partial updates: a field that is absent is not touched,
 * a field sent as {@code null} clears. Each reader names the field in its error (422), so a client sees
 * which value was wrong. Unknown fields are ignored, as everywhere in the API.
 *
 * <p>Bodies are parsed here from their text, with every number kept as an exact {@link BigDecimal}: the
 * framework's own tree holds fractions as doubles, which would turn a price of 99999999999999.99 into .98.
 */
public final class JsonFields {

    private final JsonNode body;
    private final Violations unreadable = new Violations();

    private JsonFields(JsonNode body) {
        this.body = body;
    }

    /**
     * Parses {@code body} and hands it to {@code reader}, which builds what the route needs from its
     * fields (with {@link #change}); every field that could not be read is then reported at once (422).
     */
    public static <R> R read(String body, Function<JsonFields, R> reader) {
        JsonFields json = parse(body);
        R result = reader.apply(json);
        json.unreadable.throwIfAny();
        return result;
    }

    /** A field of a partial update: kept when absent, cleared when {@code null}, else read with {@code reader}. */
    public <T> FieldChange<T> change(String field, Function<JsonNode, T> reader) {
        JsonNode value = body.get(field);
        if (value == null) {
            return FieldChange.keep();
        }
        try {
            return FieldChange.to(value.isNull() ? null : read(field, value, reader));
        } catch (RuleViolationException problem) {
            unreadable.absorb(problem);
            return FieldChange.keep();
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeTreeCodec EXACT = JsonNodeTreeCodec.getInstance()
            .withConfig(JsonStreamConfig.DEFAULT.withUseBigDecimalForFloats(true).withUseBigIntegerForInts(true));

    /** @throws InvalidRequestException (400) when the body is not one well-formed JSON object */
    public static JsonFields parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("MALFORMED_REQUEST", "Request body must be a JSON object");
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonNode tree = EXACT.readTree(parser);
            if (parser.nextToken() != null) {
                throw new InvalidRequestException("MALFORMED_REQUEST", "Malformed request body");
            }
            return of(tree);
        } catch (IOException e) {
            throw new InvalidRequestException("MALFORMED_REQUEST", "Malformed request body");
        }
    }

    private static JsonFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("MALFORMED_REQUEST", "Request body must be a JSON object");
        }
        return new JsonFields(body);
    }

    public boolean has(String field) {
        return body.get(field) != null;
    }

    /** Reads {@code field} with {@code reader} and hands the value (possibly null) on, if the field was sent. */
    public <T> void ifPresent(String field, Function<JsonNode, T> reader, Consumer<T> target) {
        JsonNode value = body.get(field);
        if (value != null) {
            target.accept(value.isNull() ? null : read(field, value, reader));
        }
    }

    public static String text(JsonNode value) {
        if (!value.isString()) {
            throw new IllegalArgumentException("must be a string");
        }
        return value.getStringValue();
    }

    /** An exact decimal, sent as a JSON number or as a string such as {@code "19.99"}. */
    public static BigDecimal decimal(JsonNode value) {
        try {
            if (value.isString()) {
                return new BigDecimal(value.getStringValue().strip());
            }
            if (value.isNumber()) {
                Number number = value.getNumberValue();
                if (number instanceof BigDecimal exact) {
                    return exact;
                }
                if (number instanceof BigInteger whole) {
                    return new BigDecimal(whole);
                }
                // a double's shortest decimal form is what the client wrote for any price a person types
                return new BigDecimal(number.toString());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a number");
    }

    public static int integer(JsonNode value) {
        BigDecimal number = decimal(value);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    /** A whole number that fits 64 bits, such as a size in bytes. */
    public static long wholeNumber(JsonNode value) {
        BigDecimal number = decimal(value);
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    /** {@code true}/{@code false}, also as {@code 1}/{@code 0} or their strings. */
    public static boolean flag(JsonNode value) {
        if (value.isBoolean()) {
            return value.getBooleanValue();
        }
        String text = value.isString() ? value.getStringValue().strip().toLowerCase(Locale.ROOT)
                : value.isNumber() ? value.getNumberValue().toString() : "";
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("must be true or false (or 1 or 0)");
        };
    }

    /** A calendar date as {@code YYYY-MM-DD}. */
    public static LocalDate date(JsonNode value) {
        try {
            return LocalDate.parse(text(value));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date as YYYY-MM-DD");
        }
    }

    public static UUID uuid(JsonNode value) {
        try {
            return UUID.fromString(text(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a valid id");
        }
    }

    /** A list of strings. */
    public static List<String> strings(JsonNode value) {
        if (!value.isArray()) {
            throw new IllegalArgumentException("must be a list of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                throw new IllegalArgumentException("must be a list of strings");
            }
            result.add(item.getStringValue());
        }
        return result;
    }

    /** A list of whole numbers (that fit an int). */
    public static List<Integer> integers(JsonNode value) {
        if (!value.isArray()) {
            throw new IllegalArgumentException("must be a list of whole numbers");
        }
        List<Integer> result = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isNumber()) {
                throw new IllegalArgumentException("must be a list of whole numbers");
            }
            result.add(integer(item));
        }
        return result;
    }

    /**
     * Collects, for a builder type {@code B}, a setter call per sent field. Values are read at once; a value
     * that cannot be read becomes a call of {@code unreadable}, so that the builder reports it together with
     * every rule the other fields break, in one answer.
     */
    public <B> Edits<B> edits(Unreadable<B> unreadable) {
        return new Edits<>(this, unreadable);
    }

    /** How a builder records a field whose value could not be read. */
    @FunctionalInterface
    public interface Unreadable<B> {
        void record(B builder, String field, String message);
    }

    /** The setter calls for the fields a body sent. */
    public static final class Edits<B> {
        private final JsonFields json;
        private final Unreadable<B> unreadable;
        private Consumer<B> edits = builder -> { };

        private Edits(JsonFields json, Unreadable<B> unreadable) {
            this.json = json;
            this.unreadable = unreadable;
        }

        public <T> Edits<B> field(String name, Function<JsonNode, T> reader, BiConsumer<B, T> setter) {
            return value(name, reader, value -> edits = edits.andThen(builder -> setter.accept(builder, value)));
        }

        /** A sent value that is not the builder's but whose problems are reported with the builder's. */
        public <T> Edits<B> value(String name, Function<JsonNode, T> reader, Consumer<T> target) {
            try {
                json.ifPresent(name, reader, target);
            } catch (RuleViolationException problem) {
                String message = problem.getMessage();
                edits = edits.andThen(builder -> unreadable.record(builder, name, message));
            }
            return this;
        }

        public Consumer<B> toConsumer() {
            return edits;
        }
    }

    /** Reads a value; a reader's complaint, or a rule its value object breaks, names the field (422). */
    private static <T> T read(String field, JsonNode value, Function<JsonNode, T> reader) {
        try {
            return reader.apply(value);
        } catch (RuleViolationException e) {
            throw new RuleViolationException(field, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(field, field + " " + e.getMessage());
        }
    }
}
