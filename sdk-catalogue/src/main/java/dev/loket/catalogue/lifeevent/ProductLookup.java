package dev.loket.catalogue.lifeevent;

import dev.loket.catalogue.Product;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where a life event's services are looked up: the catalogue's store
 * ({@code store::find} and {@code store::withUplName} fit), or a list in tests.
 */
public interface ProductLookup {

    Optional<Product> find(URI id);

    /** The products of a UPL name in an area ({@code GM0344}, or {@code NL} for national ones). */
    List<Product> withUplName(URI uplUri, String spatialCode);

    /** The catalogue's store. */
    static ProductLookup of(dev.loket.catalogue.store.CatalogueStore store) {
        return new ProductLookup() {
            @Override
            public Optional<Product> find(URI id) {
                return store.find(id);
            }

            @Override
            public List<Product> withUplName(URI uplUri, String spatialCode) {
                return store.withUplName(uplUri, spatialCode);
            }
        };
    }

    /** A lookup over products in memory: for tests and small catalogues. */
    static ProductLookup of(List<Product> products) {
        return new ProductLookup() {
            @Override
            public Optional<Product> find(URI id) {
                return products.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Product> withUplName(URI uplUri, String spatialCode) {
                return products.stream()
                        .filter(p -> p.upl().map(u -> u.uri().equals(uplUri)).orElse(false))
                        .filter(p -> p.spatialScope().code().equals(spatialCode))
                        .toList();
            }
        };
    }
}
