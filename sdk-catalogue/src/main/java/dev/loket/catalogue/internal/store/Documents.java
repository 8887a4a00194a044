package dev.loket.catalogue.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.internal.json.CatalogueJson;

/** Reads the stored JSON documents back; the store wrote them, so one that does not read is a bug or a hand edit. */
final class Documents {

    private Documents() {
    }

    static Product read(String document) {
        try {
            return CatalogueJson.readProduct(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored product does not read as a product: " + e.getOriginalMessage(), e);
        }
    }
}
