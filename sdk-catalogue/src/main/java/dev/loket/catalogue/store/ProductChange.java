package dev.loket.catalogue.store;

import java.net.URI;
import java.util.Set;

/**
 * What one committed change did: the ids of the products saved (created or replaced) and removed.
 * A create, update or delete changes one product; an import many. Listeners read the saved
 * products with {@link CatalogueStore#find(java.util.Collection)}: a change carries ids, not
 * products, so an import of 200,000 products does not hold them all in memory.
 *
 * @param agency  the agency that made the change; {@link ImportScope#HARVEST} for a harvest of many agencies
 * @param saved   ids of the products created or replaced
 * @param removed ids of the products removed
 */
public record ProductChange(String agency, Set<URI> saved, Set<URI> removed) {

    public ProductChange {
        saved = Set.copyOf(saved);
        removed = Set.copyOf(removed);
    }

    public static ProductChange saved(String agency, URI id) {
        return new ProductChange(agency, Set.of(id), Set.of());
    }

    public static ProductChange removed(String agency, URI id) {
        return new ProductChange(agency, Set.of(), Set.of(id));
    }

    public boolean isEmpty() {
        return saved.isEmpty() && removed.isEmpty();
    }
}
