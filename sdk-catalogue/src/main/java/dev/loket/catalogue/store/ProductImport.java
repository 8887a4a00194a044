package dev.loket.catalogue.store;

/**
 * An import in progress, in one database transaction. Readers of an exchange format call
 * {@link #add} for each product they could read and {@link #reject} for each record they could
 * not; products that break the scope's ownership rule, or repeat an id, are rejected here. Either
 * {@link #commit()} writes every accepted product at once, or {@link #close()} without commit
 * writes nothing.
 */
public interface ProductImport extends ProductSink, AutoCloseable {

    /** Writes the accepted products, removes what the scope replaces, and tells the store's listeners. */
    ImportReport commit();

    /** Rolls back unless committed. */
    @Override
    void close();
}
