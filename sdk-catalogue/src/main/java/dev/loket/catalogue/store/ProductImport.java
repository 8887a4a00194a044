package dev.loket.catalogue.store;

import dev.loket.catalogue.Product;

/**
 * An import in progress, in one database transaction. Readers of an exchange format call
 * {@link #add} for each product they could read and {@link #reject} for each record they could
 * not; products that break the scope's ownership rule, or repeat an id, are rejected here. Either
 * {@link #commit()} writes every accepted product at once, or {@link #close()} without commit
 * writes nothing.
 */
public interface ProductImport extends AutoCloseable {

    /** Adds a product; returns false (and records why) when it is rejected. */
    boolean add(Product product);

    /** Records a record that a reader could not turn into a product. */
    void reject(Rejection rejection);

    /** Writes the accepted products, removes what the scope replaces, and tells the store's listeners. */
    ImportReport commit();

    /** Rolls back unless committed. */
    @Override
    void close();
}
