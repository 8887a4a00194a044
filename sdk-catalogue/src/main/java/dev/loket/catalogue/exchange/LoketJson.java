package dev.loket.catalogue.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.internal.json.CatalogueJson;
import dev.loket.catalogue.store.ProductSink;
import dev.loket.catalogue.store.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Loket JSON format of a catalogue: the model's records as JSON, described by
 * {@code spec/schemas/product.schema.json}. Optional parts and empty lists are left out; decimals
 * stay exact; unknown properties are refused, so a typo in a feed is an error, not lost data.
 */
public final class LoketJson {

    private static final ObjectMapper MAPPER = CatalogueJson.mapper();

    /** Reads one element of an array in a stream: what follows the element is the rest of the array, not trailing garbage. */
    private static final ObjectReader ELEMENT_READER = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private LoketJson() {
    }

    /** The mapper that reads and writes the model; shared and thread-safe, never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a whole catalogue document; any record the model refuses makes the whole document invalid. */
    public static CatalogueDocument read(InputStream in) {
        try {
            return MAPPER.readValue(in, CatalogueDocument.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException("Not a Loket catalogue document: " + reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CatalogueDocument read(String json) {
        try {
            return MAPPER.readValue(json, CatalogueDocument.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException("Not a Loket catalogue document: " + reason(e), e);
        }
    }

    public static Product readProduct(String json) {
        try {
            return CatalogueJson.readProduct(json);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException("Not a Loket product: " + reason(e), e);
        }
    }

    /**
     * Reads the products of a catalogue document one at a time into {@code sink}: a product the
     * model refuses is rejected with the reason, the rest are read. Life events in the document
     * are skipped; they are definitions, not an agency's products.
     *
     * @throws InvalidCatalogueException when the document is not JSON or has no {@code products} array
     */
    public static void read(InputStream in, ProductSink sink) {
        try (JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidCatalogueException("Not a Loket catalogue document: it is not a JSON object");
            }
            boolean products = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("products") && value == JsonToken.START_ARRAY) {
                    products = true;
                    readProducts(parser, sink);
                } else {
                    parser.skipChildren();
                }
            }
            if (!products) {
                throw new InvalidCatalogueException("Not a Loket catalogue document: it has no \"products\" array");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException("Not a Loket catalogue document: " + reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readProducts(JsonParser parser, ProductSink sink) throws IOException {
        int record = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            record++;
            JsonNode node = ELEMENT_READER.readTree(parser);
            try {
                sink.add(MAPPER.treeToValue(node, Product.class));
            } catch (JsonProcessingException e) {
                JsonNode id = node.path("id");
                sink.reject(Rejection.of(record, id.isTextual() ? id.asText() : null, reason(e)));
            }
        }
    }

    /** Reads a JSON array of life events. */
    public static List<LifeEvent> readLifeEvents(InputStream in) {
        try {
            return List.of(MAPPER.readValue(in, LifeEvent[].class));
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException("Not a list of life events: " + reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streaming writer of a catalogue document's products on {@code out}; close it to end the document. */
    public static LoketJsonWriter writer(OutputStream out) {
        return new LoketJsonWriter(out);
    }

    public static void write(CatalogueDocument document, OutputStream out) {
        try {
            PRETTY.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(CatalogueDocument document) {
        try {
            return PRETTY.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A catalogue document is always writable", e);
        }
    }

    public static String write(Product product) {
        return CatalogueJson.write(product);
    }

    /** The model's own message when a record refused a value, else Jackson's, without the source dump. */
    static String reason(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return cause.getMessage();
        }
        return e.getOriginalMessage() + location(e);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
