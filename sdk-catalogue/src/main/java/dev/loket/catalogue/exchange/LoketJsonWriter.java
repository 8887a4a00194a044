package dev.loket.catalogue.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.internal.json.CatalogueJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes a Loket JSON catalogue document ({@code {"products": [...]}}) product by product. */
public final class LoketJsonWriter implements AutoCloseable {

    private final JsonGenerator json;

    LoketJsonWriter(OutputStream out) {
        try {
            json = CatalogueJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeArrayFieldStart("products");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Product product) {
        try {
            CatalogueJson.mapper().writeValue(json, product);
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
