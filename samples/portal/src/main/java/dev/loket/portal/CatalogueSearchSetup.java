package dev.loket.portal;

import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.eligibility.Eligibility;
import dev.loket.catalogue.eligibility.FactCatalogue;
import dev.loket.catalogue.lifeevent.LifeEventGuide;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.catalogue.search.CatalogueIndexing;
import dev.loket.catalogue.search.ProductSearchIndex;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The catalogue's search, life events and eligibility: an in-memory Lucene index and the compiled
 * eligibility rules, built from the catalogue store at start-up (after the schema is migrated) and
 * kept current by the store's change listener. With {@code loket.catalogue.sample} (default true)
 * an empty catalogue is filled with the sample catalogue first.
 */
@ApplicationScoped
public class CatalogueSearchSetup {

    private static final Logger LOG = Logger.getLogger(CatalogueSearchSetup.class.getName());

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    /** The products of every agency, in the portal's database. */
    @Produces
    @Singleton
    CatalogueStore catalogueStore() {
        return CatalogueStore.onDatabase(dataSource);
    }

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

    /** After {@link SchemaSetup} (a later priority): the store's tables must exist. */
    void build(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
               Object applicationStarted, CatalogueStore store, ProductSearchIndex search, Eligibility eligibility,
               @ConfigProperty(name = "loket.catalogue.sample", defaultValue = "true") boolean sample) {
        if (sample && store.count() == 0) {
            CatalogueDocument catalogue = SampleCatalogue.load();
            try (ProductImport load = store.startImport(ImportScope.harvest())) {
                catalogue.products().forEach(load::add);
                LOG.info(() -> "Sample catalogue loaded: " + load.commit().imported() + " products");
            }
        }
        CatalogueIndexing.start(store, new SearchDocuments(SampleCatalogue.lifeEvents()), search, eligibility);
    }
}
