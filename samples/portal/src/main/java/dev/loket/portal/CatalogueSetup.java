package dev.loket.portal;

import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The catalogue of every agency's products, in the portal's database, and, when
 * {@code loket.catalogue.sample} is on, the sample catalogue loaded at start-up (added or
 * replaced product by product, so a restart does not duplicate it and an agency's own changes to
 * other products stay).
 */
@ApplicationScoped
public class CatalogueSetup {

    private static final Logger LOG = Logger.getLogger(CatalogueSetup.class.getName());

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Produces
    @Singleton
    CatalogueStore catalogue() {
        return CatalogueStore.onDatabase(dataSource);
    }

    /** After the schemas are migrated ({@link SchemaSetup} observes the same event at the default priority). */
    void loadSample(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class) Object started,
                    CatalogueStore catalogue,
                    @ConfigProperty(name = "loket.catalogue.sample", defaultValue = "false") boolean sample) {
        if (!sample) {
            return;
        }
        CatalogueDocument document = SampleCatalogue.load();
        try (ProductImport load = catalogue.startImport(ImportScope.harvest())) {
            document.products().forEach(load::add);
            ImportReport report = load.commit();
            LOG.info(() -> "Sample catalogue loaded: " + report.imported() + " products, " + report.rejected().size() + " rejected");
        }
    }
}
