package dev.loket.portal;

import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.eligibility.Eligibility;
import dev.loket.catalogue.internal.search.SyntheticCatalogue;
import dev.loket.catalogue.eligibility.FactCatalogue;
import dev.loket.catalogue.lifeevent.LifeEventGuide;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.catalogue.search.CatalogueIndexing;
import dev.loket.catalogue.search.ProductSearchIndex;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.catalogue.store.CatalogueStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * The catalogue's search, life events and eligibility: an in-memory Lucene index and the compiled
 * eligibility rules, built from the catalogue store at start-up (after the schema is migrated) and
 * kept current by the store's change listener (the store itself comes from {@link CatalogueSetup}).
 */
@ApplicationScoped
public class CatalogueSearchSetup {

    private static final Logger LOG = Logger.getLogger(CatalogueSearchSetup.class.getName());

    @Produces
    @Singleton
    ProductSearchIndex search() {
        return ProductSearchIndex.inMemory();
    }

    void close(@Disposes ProductSearchIndex search) {
        search.close();
    }

    @Produces
    @Singleton
    Eligibility eligibility() {
        return new Eligibility(FactCatalogue.standard(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    LifeEventGuide lifeEvents(CatalogueStore store) {
        return new LifeEventGuide(SampleCatalogue.lifeEvents(), ProductLookup.of(store));
    }

    /**
     * After {@link SchemaSetup} and {@link CatalogueSetup} (later priority): the store's tables exist
     * and the sample, when configured, is in.
     */
    void build(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
               Object applicationStarted, CatalogueStore store, ProductSearchIndex search, Eligibility eligibility,
               @ConfigProperty(name = "loket.catalogue.search.synthetic-products", defaultValue = "0") int synthetic) {
        CatalogueIndexing.start(store, new SearchDocuments(SampleCatalogue.lifeEvents()), search, eligibility);
        if (synthetic > 0) {
            // Benchmarks only: the search of a national catalogue without loading one into the database.
            search.rebuild(sink -> SyntheticCatalogue.generate(42, synthetic, sink));
            LOG.warning(() -> "The catalogue search holds " + search.size() + " synthetic products instead of the "
                    + "store's (loket.catalogue.search.synthetic-products): for benchmarks only");
        }
    }
}
