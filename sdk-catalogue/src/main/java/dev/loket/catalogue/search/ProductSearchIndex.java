package dev.loket.catalogue.search;

import dev.loket.catalogue.internal.search.LuceneProductSearch;

import dev.loket.catalogue.LifeEvent;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * A search that is kept current by the catalogue: every change to a product is {@link #put} (or
 * {@link #remove}d) here, and is found by {@link #search} within a second. Thread-safe.
 */
public interface ProductSearchIndex extends ProductSearch, AutoCloseable {

    /** Adds the product, or replaces the one with the same id. */
    void put(SearchDocument document);

    /** Removes the product with this id; nothing happens when there is none. */
    void remove(String productId);

    /** Replaces everything in the index with these products, at once: a search sees the old set or the new one. */
    default void replaceAll(Collection<SearchDocument> documents) {
        rebuild(documents::forEach);
    }

    /**
     * Like {@link #replaceAll}, with the products pushed one by one (from a store's cursor), so
     * that a national catalogue is never in memory as a whole.
     *
     * @param source gives every product to the consumer it is handed
     */
    void rebuild(Consumer<Consumer<SearchDocument>> source);

    /**
     * The life events whose services the index holds: a search whose words are about one
     * ("portemonnee gestolen") offers it ({@link SearchResult#lifeEvents()}) and ranks its services
     * high. Replaces those given before.
     */
    void replaceLifeEvents(Collection<LifeEvent> lifeEvents);

    /** How many products the index holds, as the next search sees it. */
    int size();

    /** Memory the index uses, in bytes (the index files and the facet state; not the JVM's overhead). */
    long memoryBytes();

    @Override
    void close();

    /**
     * An embedded Apache Lucene index in memory, with Dutch and English analysis, the synonyms of
     * {@code dev/loket/catalogue/search/synonyms.txt}, typo tolerance and facets.
     */
    static ProductSearchIndex inMemory() {
        return LuceneProductSearch.inMemory();
    }
}
