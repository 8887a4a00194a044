package dev.loket.catalogue.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.Product;
import dev.loket.core.Json;

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

    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .registerModule(new Jdk8Module())
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

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
            return MAPPER.readValue(json, Product.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException("Not a Loket product: " + reason(e), e);
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
        try {
            return MAPPER.writeValueAsString(product);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A product is always writable", e);
        }
    }

    /** The model's own message when a record refused a value, else Jackson's, without the source dump. */
    static String reason(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return cause.getMessage() + location(e);
        }
        return e.getOriginalMessage() + location(e);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
