package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.util.List;

/**
 * A catalogue as one document, the Loket JSON exchange format: products of one or more agencies
 * and, optionally, life events. Read and written by {@link dev.loket.catalogue.exchange.LoketJson}.
 *
 * @param products   the products
 * @param lifeEvents the life events
 */
public record CatalogueDocument(List<Product> products, List<LifeEvent> lifeEvents) {

    public CatalogueDocument {
        products = Copies.list(products);
        lifeEvents = Copies.list(lifeEvents);
    }
}
