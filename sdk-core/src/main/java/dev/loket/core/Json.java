package dev.loket.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/** The one JSON configuration of Loket: ISO dates, exact decimals, no nulls on the wire, strict on input. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("loket-trees")
                    .addDeserializer(JsonNode.class, new TreeOfExactNumbers<>(JsonNode.class))
                    .addDeserializer(ObjectNode.class, new TreeOfExactNumbers<>(ObjectNode.class))
                    .addDeserializer(ArrayNode.class, new TreeOfExactNumbers<>(ArrayNode.class)))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Decimals stay exact (BigDecimal), never binary floating point: amounts are money.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();

    private Json() {
    }

    /** Shared and thread-safe; never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Jackson's tree reader with one difference: a number that {@code BigDecimal} cannot hold (an
     * exponent beyond an {@code int}, such as {@code 13E3333333333333333333}) is refused as bad JSON.
     * Jackson throws a bare {@code NumberFormatException} there when trees keep exact decimals, which
     * every caller would otherwise have to know about, and which became a server error for a client's
     * body; found by {@code JsonLogicFuzzTest}. Typed binding already reports it as bad JSON.
     */
    private static final class TreeOfExactNumbers<T extends JsonNode> extends JsonDeserializer<T> {

        private final JsonDeserializer<? extends JsonNode> jackson;

        TreeOfExactNumbers(Class<T> type) {
            this.jackson = JsonNodeDeserializer.getDeserializer(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return (T) jackson.deserialize(parser, context);
            } catch (NumberFormatException e) {
                throw new JsonParseException(parser, "A number is too large or too small to be read exactly", e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return (T) jackson.getNullValue(context);
        }
    }

}
