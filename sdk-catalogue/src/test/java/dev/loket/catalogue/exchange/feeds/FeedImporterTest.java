package dev.loket.catalogue.exchange.feeds;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.exchange.LoketJson;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.exchange.sc.ScFeedWriter;
import dev.loket.catalogue.internal.store.CatalogueSchema;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.catalogue.store.PublishingRights;
import dev.loket.core.LoketException;
import dev.loket.core.ProblemType;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedImporterTest {

    static final List<Product> SAMPLE = SampleCatalogue.load().products();

    private static final ECKey UTRECHT_KEY = key("utrecht-2026");
    private static final ECKey BUREN_KEY = key("buren-2026");

    /** Each agency of the sample may publish its own products, under its name, in its area, with its ids. */
    static final PublishingRights RIGHTS = PublishingRights.of(SAMPLE.stream().map(Product::owner).distinct()
            .map(agency -> new PublishingRights.Registration(agency,
                    Optional.of(ownedBy(agency).get(0).competentAuthority()),
                    java.util.Set.copyOf(ownedBy(agency).stream().map(p -> p.spatialScope().code()).toList()),
                    List.of("https://catalogus.voorbeeld.nl/" + agency + "/"))).toList());

    private HttpServer jwks;
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private CatalogueStore store;
    private FeedImporter importer;
    private javax.sql.DataSource dataSource;
    private FeedKeys keys;

    static ECKey key(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startJwksServerAndStore() throws Exception {
        // Each agency's JWKS on a local HTTP server, fetched the way a remote one is.
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/utrecht/jwks.json", new JWKSet(UTRECHT_KEY.toPublicJWK()));
        serve("/buren/jwks.json", new JWKSet(BUREN_KEY.toPublicJWK()));
        jwks.start();
        String base = "http://127.0.0.1:" + jwks.getAddress().getPort();
        keys = FeedKeys.fromJwksUrls(Map.of(
                "utrecht", URI.create(base + "/utrecht/jwks.json"),
                "buren", URI.create(base + "/buren/jwks.json"),
                "politie", URI.create(base + "/politie/jwks.json")));

        dataSource = TestDatabase.H2.newDatabase();
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        store = CatalogueStore.onDatabase(dataSource);
        try (ProductImport load = store.startImport(ImportScope.harvest())) {
            SAMPLE.forEach(load::add);
            load.commit();
        }
        importer = new FeedImporter(new FeedVerifier(keys), store, AgencyDirectory.of(SAMPLE), RIGHTS);
    }

    private void serve(String path, JWKSet keys) {
        byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext(path, exchange -> {
            jwksRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterEach
    void stopJwksServer() {
        jwks.stop(0);
    }

    private static List<Product> ownedBy(String agency) {
        return SAMPLE.stream().filter(p -> p.isOwnedBy(agency)).toList();
    }

    private static byte[] json(List<Product> products) {
        return LoketJson.write(new CatalogueDocument(products, List.of())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsAFeedSignedByItsAgencyAndReplacesThatAgencysProducts() {
        List<Product> utrecht = ownedBy("utrecht");
        List<Product> smaller = utrecht.subList(0, 5);
        String feed = new FeedSigner("utrecht", UTRECHT_KEY).sign(json(smaller), FeedFormat.LOKET_JSON);

        ImportReport report = importer.importFeed(feed, Optional.of("utrecht"));

        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.removed()).isEqualTo(utrecht.size() - 5);
        assertThat(store.ownedBy("utrecht")).containsExactlyInAnyOrderElementsOf(smaller);
        assertThat(store.ownedBy("politie")).isEqualTo(ownedBy("politie"));
        assertThat(jwksRequests).hasValue(1);
    }

    @Test
    void importsASignedSamenwerkendeCatalogiFeed() {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try (ScFeedWriter writer = SamenwerkendeCatalogi.writer(xml)) {
            ownedBy("buren").forEach(writer::write);
        }
        String feed = new FeedSigner("buren", BUREN_KEY).sign(xml.toByteArray(), FeedFormat.SAMENWERKENDE_CATALOGI);

        ImportReport report = importer.importFeed(feed, Optional.empty());

        assertThat(report.imported()).isEqualTo(ownedBy("buren").size());
        assertThat(report.rejected()).isEmpty();
        assertThat(store.ownedBy("buren")).extracting(Product::id)
                .containsExactlyInAnyOrderElementsOf(ownedBy("buren").stream().map(Product::id).toList());
    }

    @Test
    void rejectsAFeedWhosePayloadWasChangedAfterSigning() {
        String feed = new FeedSigner("utrecht", UTRECHT_KEY).sign(json(ownedBy("utrecht")), FeedFormat.LOKET_JSON);
        String[] parts = feed.split("\\.");
        String changed = new String(json(ownedBy("utrecht").subList(0, 1)), StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRejected(() -> importer.importFeed(tampered, Optional.empty()), CatalogueProblems.FEED_REJECTED, "klopt niet");
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    @Test
    void rejectsAFeedThatNamesOneAgencyButIsSignedWithAnothersKey() {
        String feed = new FeedSigner("utrecht", BUREN_KEY).sign(json(ownedBy("utrecht").subList(0, 1)), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.empty()), CatalogueProblems.FEED_REJECTED, "utrecht");
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    @Test
    void rejectsTheWholeFeedWhenItHoldsAnotherAgencysProduct() {
        List<Product> withPolice = new java.util.ArrayList<>(ownedBy("utrecht").subList(0, 2));
        withPolice.add(ownedBy("politie").get(0));
        String feed = new FeedSigner("utrecht", UTRECHT_KEY).sign(json(withPolice), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.of("utrecht")), CatalogueProblems.FEED_REJECTED, "politie");
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    @Test
    void rejectsAFeedPostedByAnAgencyOtherThanItsSigner() {
        String feed = new FeedSigner("utrecht", UTRECHT_KEY).sign(json(ownedBy("utrecht")), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.of("buren")), CatalogueProblems.FEED_REJECTED, "buren");
    }

    @Test
    void refusesAFeedOfAnAgencyWithoutConfiguredKeys() {
        ECKey unknown = key("gouda-1");
        String feed = new FeedSigner("gouda", unknown).sign(json(List.of()), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.empty()), CatalogueProblems.UNKNOWN_PUBLISHER, "gouda");
    }

    @Test
    void saysTheKeysAreUnavailableWhenTheJwksCannotBeFetched() {
        String feed = new FeedSigner("politie", key("politie-1")).sign(json(ownedBy("politie")), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.empty()), ProblemType.UNAVAILABLE, "politie");
    }

    @Test
    void refusesAFeedSignedWithASharedSecret() throws Exception {
        JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("utrecht-2026")
                .type(new JOSEObjectType(FeedSigner.TYPE)).contentType("application/json").customParam("iss", "utrecht").build(),
                new Payload(json(ownedBy("utrecht"))));
        hmac.sign(new MACSigner(new byte[32]));

        assertRejected(() -> importer.importFeed(hmac.serialize(), Optional.empty()), CatalogueProblems.FEED_REJECTED, "HS256");
    }

    @Test
    void refusesWhatIsNotASignedFeed() {
        assertRejected(() -> importer.importFeed(new String(json(ownedBy("utrecht")), StandardCharsets.UTF_8), Optional.empty()),
                CatalogueProblems.FEED_REJECTED, "JWS");
    }

    @Test
    void reportsAProductTheModelRefusesAndImportsTheRest() {
        String document = new String(json(ownedBy("utrecht").subList(0, 2)), StandardCharsets.UTF_8)
                .replaceFirst("\"audiences\" : \\[ \"CITIZEN\" \\]", "\"audiences\" : [ ]");
        String feed = new FeedSigner("utrecht", UTRECHT_KEY).sign(document.getBytes(StandardCharsets.UTF_8), FeedFormat.LOKET_JSON);

        ImportReport report = importer.importFeed(feed, Optional.of("utrecht"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.record()).isEqualTo(1);
            assertThat(r.reason()).contains("citizens, businesses or both");
        });
    }

    @Test
    void refusesAnOlderFeedAfterANewerOneSoAReplayCannotRemoveWhatWasAddedSince() {
        FeedSigner utrecht = new FeedSigner("utrecht", UTRECHT_KEY);
        String old = utrecht.sign(json(ownedBy("utrecht").subList(0, 2)), FeedFormat.LOKET_JSON, 41);
        String newer = utrecht.sign(json(ownedBy("utrecht")), FeedFormat.LOKET_JSON, 42);

        importer.importFeed(newer, Optional.empty());

        assertRejected(() -> importer.importFeed(old, Optional.empty()), CatalogueProblems.STALE_FEED, "42");
        assertThat(CatalogueProblems.STALE_FEED.status()).isEqualTo(409);
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    @Test
    void refusesTheWholeFeedWhenItHoldsAProductUnderAnotherAgencysNameOrInItsArea() {
        Product underUtrechtsName = ownedBy("buren").get(0).toBuilder().competentAuthority(ownedBy("utrecht").get(0).competentAuthority()).build();
        Product inUtrecht = ownedBy("buren").get(0).toBuilder().spatialScope(ownedBy("utrecht").get(0).spatialScope()).build();
        FeedSigner buren = new FeedSigner("buren", BUREN_KEY);

        assertRejected(() -> importer.importFeed(buren.sign(json(List.of(underUtrechtsName)), FeedFormat.LOKET_JSON), Optional.empty()),
                CatalogueProblems.NOT_REGISTERED, "utrecht");
        assertRejected(() -> importer.importFeed(buren.sign(json(List.of(inUtrecht)), FeedFormat.LOKET_JSON, Long.MAX_VALUE), Optional.empty()),
                CatalogueProblems.NOT_REGISTERED, "GM0344");
        assertThat(store.ownedBy("buren")).isEqualTo(ownedBy("buren"));
    }

    @Test
    void refusesTheWholeFeedWhenAProductLinksToAScript() {
        Product scripted = ownedBy("utrecht").get(0).toBuilder().clearChannels()
                .channel(dev.loket.catalogue.ServiceChannel.online(URI.create("javascript:alert(1)"), List.of())).build();
        String feed = new FeedSigner("utrecht", UTRECHT_KEY).sign(json(List.of(scripted)), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.empty()), CatalogueProblems.INVALID_PRODUCT, "/channels/0/url");
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    @Test
    void takesTheSameFeedOnlyOnce() {
        String feed = new FeedSigner("utrecht", UTRECHT_KEY).sign(json(ownedBy("utrecht")), FeedFormat.LOKET_JSON, 7);

        importer.importFeed(feed, Optional.empty());

        assertRejected(() -> importer.importFeed(feed, Optional.empty()), CatalogueProblems.STALE_FEED, "7");
    }

    @Test
    void remembersTheLastSequenceAcrossARestart() {
        FeedSigner utrecht = new FeedSigner("utrecht", UTRECHT_KEY);
        String old = utrecht.sign(json(ownedBy("utrecht").subList(0, 1)), FeedFormat.LOKET_JSON, 1);
        importer.importFeed(utrecht.sign(json(ownedBy("utrecht")), FeedFormat.LOKET_JSON, 2), Optional.empty());

        FeedImporter afterRestart = new FeedImporter(new FeedVerifier(keys), CatalogueStore.onDatabase(dataSource), AgencyDirectory.of(SAMPLE), RIGHTS);

        assertRejected(() -> afterRestart.importFeed(old, Optional.empty()), CatalogueProblems.STALE_FEED, "utrecht");
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    @Test
    void aRefusedFeedDoesNotUseUpItsSequence() {
        FeedSigner utrecht = new FeedSigner("utrecht", UTRECHT_KEY);
        List<Product> withPolice = new java.util.ArrayList<>(ownedBy("utrecht"));
        withPolice.add(ownedBy("politie").get(0));
        assertRejected(() -> importer.importFeed(utrecht.sign(json(withPolice), FeedFormat.LOKET_JSON, 5), Optional.empty()),
                CatalogueProblems.FEED_REJECTED, "politie");

        ImportReport report = importer.importFeed(utrecht.sign(json(ownedBy("utrecht")), FeedFormat.LOKET_JSON, 5), Optional.empty());

        assertThat(report.imported()).isEqualTo(ownedBy("utrecht").size());
    }

    @Test
    void refusesAnExpiredFeedAsStale() {
        java.time.Clock lastWeek = java.time.Clock.fixed(java.time.Instant.now().minus(java.time.Duration.ofDays(7)), java.time.ZoneOffset.UTC);
        String feed = new FeedSigner("utrecht", UTRECHT_KEY, lastWeek, java.time.Duration.ofHours(24))
                .sign(json(ownedBy("utrecht").subList(0, 1)), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.empty()), CatalogueProblems.STALE_FEED, "verlopen");
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    @Test
    void refusesAFeedSignedInTheFuture() {
        java.time.Clock tomorrow = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofDays(1));
        String feed = new FeedSigner("utrecht", UTRECHT_KEY, tomorrow, java.time.Duration.ofHours(24))
                .sign(json(ownedBy("utrecht").subList(0, 1)), FeedFormat.LOKET_JSON);

        assertRejected(() -> importer.importFeed(feed, Optional.empty()), CatalogueProblems.FEED_REJECTED, "klok");
    }

    @Test
    void refusesASignedFeedThatDoesNotSayHowFreshItIs() throws Exception {
        JWSObject unnumbered = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("utrecht-2026")
                .type(new JOSEObjectType(FeedSigner.TYPE)).contentType("application/json").customParam("iss", "utrecht").build(),
                new Payload(json(ownedBy("utrecht").subList(0, 1))));
        unnumbered.sign(new com.nimbusds.jose.crypto.ECDSASigner(UTRECHT_KEY));

        assertRejected(() -> importer.importFeed(unnumbered.serialize(), Optional.empty()), CatalogueProblems.FEED_REJECTED, "seq");
        assertThat(store.ownedBy("utrecht")).hasSize(ownedBy("utrecht").size());
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ProblemType type, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LoketException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.detail().in(dev.loket.core.Language.NL) + " " + e.getMessage()).contains(detail);
        });
    }
}
