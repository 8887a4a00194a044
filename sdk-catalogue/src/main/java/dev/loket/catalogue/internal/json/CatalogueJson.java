package dev.loket.catalogue.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.loket.catalogue.Product;
import dev.loket.core.Json;

/**
 * The one Jackson configuration of the Loket JSON format: Loket's (exact decimals, ISO dates,
 * strict on input) plus optionals, with empty parts left out. Shared by the exchange format and
 * the store, which keeps each product as its JSON document.
 */
public final class CatalogueJson {

    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .registerModule(new Jdk8Module())
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS));
    private static final ObjectReader PRODUCT_READER = MAPPER.readerFor(Product.class);
    private static final ObjectWriter PRODUCT_WRITER = MAPPER.writerFor(Product.class);

    private CatalogueJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Product readProduct(String json) throws JsonProcessingException {
        return PRODUCT_READER.readValue(json);
    }

    public static String write(Product product) {
        try {
            return PRODUCT_WRITER.writeValueAsString(product);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A product is always writable", e);
        }
    }
}
