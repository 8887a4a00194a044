package dev.loket.catalogue.lifeevent;

import dev.loket.catalogue.Product;
import dev.loket.catalogue.SpatialScope;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a life event's services are looked up: the catalogue's store
 * ({@code store::find} and {@code store::withUplName} fit), or a list in tests.
 */
public interface ProductLookup {

    Optional<Product> find(URI id);

    /** The products of a UPL name in an area ({@code GM0344}, or {@code NL} for national ones). */
    List<Product> withUplName(URI uplUri, String spatialCode);

    /**
     * The services a product names as related, as far as the catalogue has them. A related product
     * is named by its id, or (as Samenwerkende Catalogi does) by a UPL URI: then it is the service
     * of that name in the product's area, or a national one. Each once, never the product itself.
     */
    default List<Product> related(Product product) {
        Map<URI, Product> found = new LinkedHashMap<>();
        for (URI related : product.relatedProducts()) {
            Optional<Product> byId = find(related);
            List<Product> services = byId.isPresent() ? List.of(byId.get())
                    : withUplName(related, product.spatialScope().code());
            String country = SpatialScope.netherlands().code();
            if (services.isEmpty() && !product.spatialScope().code().equals(country)) {
                services = withUplName(related, country);
            }
            services.forEach(service -> found.putIfAbsent(service.id(), service));
        }
        found.remove(product.id());
        return List.copyOf(found.values());
    }

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
