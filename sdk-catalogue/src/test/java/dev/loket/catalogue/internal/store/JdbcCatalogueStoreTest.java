package dev.loket.catalogue.internal.store;

import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.UplName;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductChange;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.catalogue.store.Rejection;
import dev.loket.core.LoketException;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcCatalogueStoreTest {

    static final URI ID_CARD = URI.create("https://catalogus.voorbeeld.nl/utrecht/identiteitskaart");
    static final URI POLICE_REPORT = URI.create("https://catalogus.voorbeeld.nl/politie/aangifte-diefstal");
    static final List<Product> SAMPLE = SampleCatalogue.load().products();

    private final List<ProductChange> changes = new CopyOnWriteArrayList<>();

    private CatalogueStore storeOn(TestDatabase database) {
        var dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        CatalogueStore store = new JdbcCatalogueStore(dataSource);
        store.onChange(changes::add);
        return store;
    }

    static Product sample(URI id) {
        return SAMPLE.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static CatalogueStore withSample(CatalogueStore store) {
        try (ProductImport load = store.startImport(ImportScope.harvest())) {
            SAMPLE.forEach(load::add);
            load.commit();
        }
        return store;
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void keepsAProductExactlyAsItWasGiven(TestDatabase database) {
        CatalogueStore store = storeOn(database);
        Product idCard = sample(ID_CARD);

        store.create("utrecht", idCard);

        assertThat(store.find(ID_CARD)).contains(idCard);
        assertThat(store.ownedBy("utrecht")).containsExactly(idCard);
        assertThat(store.withUplName(idCard.upl().orElseThrow().uri(), "GM0344")).containsExactly(idCard);
        assertThat(store.withUplName(idCard.upl().orElseThrow().uri(), "GM0214")).isEmpty();
        assertThat(changes).containsExactly(ProductChange.saved("utrecht", ID_CARD));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void anAgencyCannotPublishAProductInAnotherAgencysName(TestDatabase database) {
        CatalogueStore store = storeOn(database);

        assertThatThrownBy(() -> store.create("buren", sample(ID_CARD)))
                .isInstanceOfSatisfying(LoketException.class, e -> {
                    assertThat(e.type()).isEqualTo(CatalogueProblems.NOT_OWNER);
                    assertThat(e.type().status()).isEqualTo(403);
                });
        assertThat(store.count()).isZero();
        assertThat(changes).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void anAgencyCannotChangeOrRemoveAnotherAgencysProduct(TestDatabase database) {
        CatalogueStore store = withSample(storeOn(database));
        changes.clear();
        Product idCard = sample(ID_CARD);
        Product takenOver = idCard.toBuilder().owner("buren").name(LocalizedText.dutch("Overgenomen")).build();

        assertThatThrownBy(() -> store.update("buren", takenOver)).isInstanceOfSatisfying(LoketException.class,
                e -> assertThat(e.type()).isEqualTo(CatalogueProblems.NOT_OWNER));
        assertThatThrownBy(() -> store.update("utrecht", takenOver)).isInstanceOfSatisfying(LoketException.class,
                e -> assertThat(e.type()).isEqualTo(CatalogueProblems.NOT_OWNER));
        assertThatThrownBy(() -> store.delete("politie", ID_CARD)).isInstanceOfSatisfying(LoketException.class,
                e -> assertThat(e.type()).isEqualTo(CatalogueProblems.NOT_OWNER));

        assertThat(store.find(ID_CARD)).contains(idCard);
        assertThat(changes).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void theOwnerChangesAndRemovesItsProduct(TestDatabase database) {
        CatalogueStore store = withSample(storeOn(database));
        changes.clear();
        Product renamed = sample(ID_CARD).toBuilder().name("ID-kaart aanvragen", "Apply for an ID card")
                .lastModified(Instant.parse("2026-12-01T10:00:00Z")).build();

        store.update("utrecht", renamed);
        assertThat(store.find(ID_CARD)).contains(renamed);

        store.delete("utrecht", ID_CARD);
        assertThat(store.find(ID_CARD)).isEmpty();
        assertThat(changes).containsExactly(ProductChange.saved("utrecht", ID_CARD), ProductChange.removed("utrecht", ID_CARD));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesASecondProductWithTheSameIdAndUnknownProducts(TestDatabase database) {
        CatalogueStore store = storeOn(database);
        store.create("utrecht", sample(ID_CARD));

        assertThatThrownBy(() -> store.create("utrecht", sample(ID_CARD))).isInstanceOfSatisfying(LoketException.class,
                e -> assertThat(e.type()).isEqualTo(CatalogueProblems.PRODUCT_EXISTS));
        assertThatThrownBy(() -> store.update("politie", sample(POLICE_REPORT))).isInstanceOfSatisfying(LoketException.class,
                e -> assertThat(e.type()).isEqualTo(CatalogueProblems.UNKNOWN_PRODUCT));
        assertThatThrownBy(() -> store.delete("politie", POLICE_REPORT)).isInstanceOfSatisfying(LoketException.class,
                e -> assertThat(e.type()).isEqualTo(CatalogueProblems.UNKNOWN_PRODUCT));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aHarvestKeepsEveryOwnerAndTellsListenersOnceAfterTheCommit(TestDatabase database) {
        CatalogueStore store = withSample(storeOn(database));

        assertThat(store.count()).isEqualTo(SAMPLE.size());
        assertThat(store.find(SAMPLE.stream().map(Product::id).toList())).containsExactlyInAnyOrderElementsOf(SAMPLE);
        List<Product> visited = new ArrayList<>();
        store.forEach(visited::add);
        assertThat(visited).containsExactlyInAnyOrderElementsOf(SAMPLE);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).agency()).isEqualTo(ImportScope.HARVEST);
        assertThat(changes.get(0).saved()).hasSize(SAMPLE.size());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void anAgencysFeedReplacesItsCatalogueAndRejectsOtherAgenciesProducts(TestDatabase database) {
        CatalogueStore store = withSample(storeOn(database));
        changes.clear();
        List<Product> utrecht = store.ownedBy("utrecht");
        Product renamed = sample(ID_CARD).toBuilder().name(LocalizedText.dutch("ID-kaart")).build();
        Product alsoRenamed = renamed.toBuilder().name(LocalizedText.dutch("Nog eens")).build();

        ImportReport report;
        try (ProductImport feed = store.startImport(ImportScope.of("utrecht"))) {
            feed.add(renamed);
            feed.add(sample(POLICE_REPORT));
            feed.reject(Rejection.of(3, "x", "The model refused it"));
            feed.add(alsoRenamed);
            report = feed.commit();
        }

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(utrecht.size() - 1);
        assertThat(report.rejected()).extracting(Rejection::record).containsExactly(2, 3, 4);
        assertThat(report.rejected().get(0).reason()).contains("owner is politie");
        assertThat(report.rejected().get(2).reason()).contains("appears earlier");
        assertThat(store.ownedBy("utrecht")).containsExactly(renamed);
        assertThat(store.find(POLICE_REPORT)).contains(sample(POLICE_REPORT));
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.saved()).containsExactly(ID_CARD);
            assertThat(change.removed()).hasSize(utrecht.size() - 1).doesNotContain(ID_CARD);
        });
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aFeedCannotTakeOverAnIdThatAnotherAgencyOwns(TestDatabase database) {
        CatalogueStore store = withSample(storeOn(database));
        Product impostor = sample(POLICE_REPORT).toBuilder().owner("utrecht").build();

        ImportReport report;
        try (ProductImport feed = store.startImport(ImportScope.of("utrecht"))) {
            feed.add(impostor);
            report = feed.commit();
        }

        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("belongs to politie"));
        assertThat(store.find(POLICE_REPORT)).contains(sample(POLICE_REPORT));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void anImportClosedWithoutCommitWritesNothing(TestDatabase database) {
        CatalogueStore store = storeOn(database);
        try (ProductImport load = store.startImport(ImportScope.harvest())) {
            SAMPLE.forEach(load::add);
            // More than one batch is written before this point in a large import; make sure a
            // written batch is rolled back too.
            for (int i = 0; i < JdbcCatalogueStore.BATCH; i++) {
                load.add(copy(i));
            }
        }
        assertThat(store.count()).isZero();
        assertThat(changes).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aFailingListenerDoesNotUndoTheChange(TestDatabase database) {
        CatalogueStore store = storeOn(database);
        store.onChange(change -> {
            throw new IllegalStateException("index down");
        });
        store.create("utrecht", sample(ID_CARD));
        assertThat(store.find(ID_CARD)).isPresent();
        assertThat(changes).hasSize(1);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void findsProductsInBatchesLargerThanOneQuery(TestDatabase database) {
        CatalogueStore store = storeOn(database);
        List<URI> ids = new ArrayList<>();
        try (ProductImport load = store.startImport(ImportScope.of("utrecht"))) {
            for (int i = 0; i < 1200; i++) {
                Product product = copy(i);
                load.add(product);
                ids.add(product.id());
            }
            assertThat(load.commit().imported()).isEqualTo(1200);
        }
        assertThat(store.find(ids)).hasSize(1200);
        List<URI> sorted = ids.stream().sorted(java.util.Comparator.comparing(URI::toString)).toList();
        assertThat(store.list(1000, 500)).extracting(Product::id).containsExactlyElementsOf(sorted.subList(1000, 1200));
        assertThat(store.list(0, 2)).extracting(Product::id).containsExactlyElementsOf(sorted.subList(0, 2));
        assertThat(store.withUplName(UplName.of("identiteitskaart", "identiteitskaart").uri(), "GM0344")).hasSize(1200);
    }

    private static Product copy(int i) {
        return sample(ID_CARD).toBuilder().id(URI.create(ID_CARD + "-" + i)).build();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void takesAFeedSequenceOnlyWhenItIsHigherThanTheLastOneEvenAfterARestart(TestDatabase database) {
        var dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        CatalogueStore store = new JdbcCatalogueStore(dataSource);
        Instant signed = Instant.parse("2026-12-01T10:00:00Z");
        try (ProductImport feed = store.startImport(ImportScope.of("utrecht"))) {
            feed.claimFeedSequence(new dev.loket.catalogue.store.FeedSequence("utrecht", 10, signed));
            feed.add(sample(ID_CARD));
            feed.commit();
        }

        CatalogueStore restarted = new JdbcCatalogueStore(dataSource);
        for (long replayed : new long[] {9, 10}) {
            try (ProductImport feed = restarted.startImport(ImportScope.of("utrecht"))) {
                assertThatThrownBy(() -> feed.claimFeedSequence(new dev.loket.catalogue.store.FeedSequence("utrecht", replayed, signed)))
                        .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(CatalogueProblems.STALE_FEED));
            }
        }
        try (ProductImport otherPublisher = restarted.startImport(ImportScope.of("buren"))) {
            otherPublisher.claimFeedSequence(new dev.loket.catalogue.store.FeedSequence("buren", 1, signed));
            otherPublisher.commit();
        }
        try (ProductImport newer = restarted.startImport(ImportScope.of("utrecht"))) {
            newer.claimFeedSequence(new dev.loket.catalogue.store.FeedSequence("utrecht", 11, signed.plusSeconds(60)));
            newer.add(sample(ID_CARD));
            assertThat(newer.commit().imported()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aFeedThatIsRolledBackLeavesItsSequenceFree(TestDatabase database) {
        CatalogueStore store = storeOn(database);
        Instant signed = Instant.parse("2026-12-01T10:00:00Z");
        try (ProductImport abandoned = store.startImport(ImportScope.of("utrecht"))) {
            abandoned.claimFeedSequence(new dev.loket.catalogue.store.FeedSequence("utrecht", 3, signed));
        }
        try (ProductImport feed = store.startImport(ImportScope.of("utrecht"))) {
            feed.claimFeedSequence(new dev.loket.catalogue.store.FeedSequence("utrecht", 3, signed));
            feed.add(sample(ID_CARD));
            assertThat(feed.commit().imported()).isEqualTo(1);
        }
    }
}
