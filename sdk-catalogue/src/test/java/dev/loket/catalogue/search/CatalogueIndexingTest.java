package dev.loket.catalogue.search;

import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.eligibility.Eligibility;
import dev.loket.catalogue.eligibility.FactCatalogue;
import dev.loket.catalogue.internal.store.CatalogueSchema;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.core.Language;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The search and eligibility kept current by the store's change listener, on H2 and PostgreSQL. */
class CatalogueIndexingTest {

    private static final URI PASSPORT = URI.create("https://catalogus.voorbeeld.nl/utrecht/paspoort");
    private final ProductSearchIndex search = ProductSearchIndex.inMemory();
    private final FactCatalogue facts = FactCatalogue.standard();
    private final Eligibility eligibility = new Eligibility(facts, Clock.systemUTC());

    @AfterEach
    void close() {
        search.close();
    }

    private CatalogueStore sampleStore(TestDatabase database) {
        var dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        CatalogueStore store = CatalogueStore.onDatabase(dataSource);
        try (ProductImport load = store.startImport(ImportScope.harvest())) {
            SampleCatalogue.load().products().forEach(load::add);
            load.commit();
        }
        return store;
    }

    private List<String> found(String text) {
        return search.search(SearchQuery.of(text, Language.NL)).hits().stream().map(SearchHit::productId).toList();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void buildsFromTheStoreAndFollowsEveryChange(TestDatabase database) throws InterruptedException {
        CatalogueStore store = sampleStore(database);
        CatalogueIndexing.start(store, new SearchDocuments(SampleCatalogue.lifeEvents()), search, eligibility);
        assertThat(search.size()).isEqualTo((int) store.count());
        assertThat(found("reisdocument")).first().isEqualTo(PASSPORT.toString());

        Product passport = store.find(PASSPORT).orElseThrow();
        store.update("utrecht", passport.toBuilder().name(LocalizedText.of("Paspoort of zakenpaspoort", "Passport"))
                .keyword("zakenreis").build());
        assertThat(eventually(() -> found("zakenreis").contains(PASSPORT.toString()))).isTrue();

        store.delete("utrecht", PASSPORT);
        assertThat(eventually(() -> !found("reisdocument").contains(PASSPORT.toString()))).isTrue();

        URI pass = URI.create("https://catalogus.voorbeeld.nl/utrecht/stadspas");
        assertThat(eligibility.check(facts.read(Map.of("municipality", "GM0344"))).unknown())
                .anySatisfy(s -> assertThat(s.productId()).isEqualTo(pass));
        store.delete("utrecht", pass);
        assertThat(eligibility.check(facts.read(Map.of("municipality", "GM0344"))).unknown())
                .noneSatisfy(s -> assertThat(s.productId()).isEqualTo(pass));
    }

    /** The index promises a change within a second; this waits no longer. */
    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }
}
