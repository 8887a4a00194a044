package dev.loket.catalogue.search;

import dev.loket.catalogue.Product;
import dev.loket.catalogue.eligibility.Eligibility;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ProductChange;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the search and eligibility current with the catalogue's store: built from the store once,
 * then every committed change (a product saved or removed, an import) is applied as the store
 * reports it, so a change is found by the next search within a second.
 */
public final class CatalogueIndexing {

    private static final Logger LOG = Logger.getLogger(CatalogueIndexing.class.getName());
    /** Products read per query after an import: enough to be quick, few enough to keep memory flat. */
    static final int BATCH = 500;

    private final CatalogueStore store;
    private final SearchDocuments documents;
    private final ProductSearchIndex search;
    private final Eligibility eligibility;

    private CatalogueIndexing(CatalogueStore store, SearchDocuments documents, ProductSearchIndex search,
                              Eligibility eligibility) {
        this.store = store;
        this.documents = documents;
        this.search = search;
        this.eligibility = eligibility;
    }

    /**
     * Fills the search and eligibility from the store and keeps them current. Listening starts
     * first, so a change during the build is applied after it.
     */
    public static CatalogueIndexing start(CatalogueStore store, SearchDocuments documents, ProductSearchIndex search,
                                          Eligibility eligibility) {
        CatalogueIndexing indexing = new CatalogueIndexing(store, documents, search, eligibility);
        store.onChange(indexing::apply);
        indexing.rebuild();
        return indexing;
    }

    /** Builds both from the store again. */
    public void rebuild() {
        long started = System.nanoTime();
        eligibility.replaceAll(List.of());
        search.replaceLifeEvents(documents.lifeEvents());
        search.rebuild(sink -> store.forEach(product -> {
            sink.accept(documents.of(product));
            eligibility.put(product);
        }));
        LOG.info(() -> "Catalogue search built: " + search.size() + " products in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, " + search.memoryBytes() / 1024 + " KiB");
    }

    void apply(ProductChange change) {
        change.removed().forEach(id -> {
            search.remove(id.toString());
            eligibility.remove(id);
        });
        List<URI> saved = new ArrayList<>(change.saved());
        for (int from = 0; from < saved.size(); from += BATCH) {
            for (Product product : store.find(saved.subList(from, Math.min(saved.size(), from + BATCH)))) {
                search.put(documents.of(product));
                eligibility.put(product);
            }
        }
    }
}
