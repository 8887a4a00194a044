package dev.loket.catalogue.exchange.jsonld;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loket.core.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** A JSON-LD document {@code {"@context": ..., "@graph": [...]}} written node by node. */
final class JsonLdStream implements AutoCloseable {

    static final ObjectMapper MAPPER = Json.mapper();

    private final JsonGenerator json;

    JsonLdStream(OutputStream out, JsonNode context) {
        try {
            json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeFieldName("@context");
            MAPPER.writeTree(json, context);
            json.writeArrayFieldStart("@graph");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void node(JsonNode node) {
        try {
            MAPPER.writeTree(json, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
