package io.spendvault.adapters.rest.common;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text fields of request bodies take JSON strings only. The framework would turn {@code 5} or {@code true}
 * into {@code "5"}; a client that sends a number where text belongs has a bug and is told so (422 on the
 * field), the same as a number field sent as text.
 */
@Singleton
public class StrictStringDeserializer implements Deserializer<String> {

    static final String NOT_A_STRING = "must be a string";

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        JsonNode value = decoder.decodeNode();
        if (!value.isString()) {
            throw decoder.createDeserializationException(NOT_A_STRING, null);
        }
        return value.getStringValue();
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
