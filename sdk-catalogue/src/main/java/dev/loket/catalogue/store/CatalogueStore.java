package dev.loket.catalogue.store;

import dev.loket.catalogue.Product;
import dev.loket.catalogue.internal.store.JdbcCatalogueStore;

import javax.sql.DataSource;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every agency's products, kept durably. An agency changes only its own products: each change
 * names the agency that makes it, and a product whose {@link Product#owner() owner} is another
 * agency is refused with {@link dev.loket.catalogue.CatalogueProblems#NOT_OWNER} (HTTP 403).
 *
 * <p>After every committed change the store tells its listeners ({@link #onChange}), on the
 * committing thread, before the call returns: a search index updates within the same request.
 */
public interface CatalogueStore {

    /**
     * The store on a database whose {@code catalogue_*} tables are migrated
     * ({@link dev.loket.core.persistence.SchemaMigrations#migrateAll}).
     */
    static CatalogueStore onDatabase(DataSource dataSource) {
        return new JdbcCatalogueStore(dataSource);
    }

    Optional<Product> find(URI id);

    /** The products with these ids that exist, in no particular order; read in batches, for an index update after an import. */
    List<Product> find(Collection<URI> ids);

    /** The products an agency owns, by id. */
    List<Product> ownedBy(String agency);

    /** Every product of a UPL name in an area ({@code identiteitskaart} in {@code GM0344}): a life event's step. */
    List<Product> withUplName(URI uplUri, String spatialCode);

    /** A page of all products in id order: {@code limit} products after the first {@code offset}. */
    List<Product> list(int offset, int limit);

    /** Visits every product in id order without holding them all in memory: for building an index or an export. */
    void forEach(Consumer<Product> visitor);

    long count();

    /**
     * Adds a product of {@code agency}.
     *
     * @throws dev.loket.core.LoketException {@code catalogue/not-owner} when the product's owner is another agency,
     *                                       {@code catalogue/product-exists} when the id is taken
     */
    Product create(String agency, Product product);

    /**
     * Replaces a product of {@code agency}; the owner cannot change.
     *
     * @throws dev.loket.core.LoketException {@code catalogue/unknown-product}, or {@code catalogue/not-owner}
     *                                       when the stored or the new product belongs to another agency
     */
    Product update(String agency, Product product);

    /**
     * Removes a product of {@code agency}.
     *
     * @throws dev.loket.core.LoketException {@code catalogue/unknown-product} or {@code catalogue/not-owner}
     */
    void delete(String agency, URI id);

    /**
     * Starts an import in one transaction: add products, then {@link ProductImport#commit()}; nothing
     * is visible until the commit, and nothing at all is written when the import is closed without one.
     */
    ProductImport startImport(ImportScope scope);

    /** Calls {@code listener} after every committed change. A failing listener is logged and does not undo the change. */
    void onChange(Consumer<ProductChange> listener);
}
