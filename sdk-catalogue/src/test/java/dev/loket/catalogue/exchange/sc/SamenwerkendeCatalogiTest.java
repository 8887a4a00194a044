package dev.loket.catalogue.exchange.sc;

import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.Audience;
import dev.loket.catalogue.ChannelKind;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.SharedData;
import dev.loket.catalogue.SpatialScope;
import dev.loket.catalogue.exchange.InvalidCatalogueException;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.catalogue.store.ProductSink;
import dev.loket.catalogue.store.Rejection;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamenwerkendeCatalogiTest {

    static final List<Product> SAMPLE = SampleCatalogue.load().products();
    private static final Schema SC_XSD = schema();

    static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(SharedData.path("samenwerkende-catalogi", "xsd", "standaarden.overheid.nl",
                    "sc", "4.0", "xsd", "sc.xsd").toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("The SC 4.0 XSD does not load", e);
        }
    }

    static byte[] export(List<Product> products) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ScFeedWriter writer = SamenwerkendeCatalogi.writer(out)) {
            products.forEach(writer::write);
        }
        return out.toByteArray();
    }

    static byte[] exportWithRelated(List<Product> products, ProductLookup catalogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ScFeedWriter writer = SamenwerkendeCatalogi.writer(out, catalogue)) {
            products.forEach(writer::write);
        }
        return out.toByteArray();
    }

    private static Product sample(String id) {
        return SAMPLE.stream().filter(p -> p.id().toString().equals(id)).findFirst().orElseThrow();
    }

    static void validate(byte[] xml) throws IOException, SAXException {
        SC_XSD.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Collects what a reader puts in an import. */
    static final class Collected implements ProductSink {
        final List<Product> products = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();
        private int records;

        @Override
        public boolean add(Product product) {
            records++;
            products.add(product);
            return true;
        }

        @Override
        public void reject(Rejection rejection) {
            records++;
            rejected.add(rejection);
        }
    }

    static Collected read(byte[] xml, AgencyDirectory directory) {
        Collected collected = new Collected();
        SamenwerkendeCatalogi.read(new ByteArrayInputStream(xml), directory, collected);
        return collected;
    }

    @Test
    void theRealFeedExampleIsValidAndImports() throws Exception {
        byte[] feed = Files.readAllBytes(SharedData.path("samenwerkende-catalogi", "examples", "owc-pdc-feed-expected.xml"));
        validate(feed);

        Collected read = read(feed, AgencyDirectory.empty());

        assertThat(read.rejected).isEmpty();
        Product product = read.products.get(0);
        assertThat(product.id()).isEqualTo(URI.create("http://owc-pdc.test/onderwerp/test-pdc-item"));
        assertThat(product.name().nl()).isEqualTo("Test PDC item");
        assertThat(product.description().nl()).isEqualTo("test content");
        assertThat(product.audiences()).containsExactlyInAnyOrder(Audience.CITIZEN, Audience.BUSINESS);
        assertThat(product.competentAuthority().id()).isEqualTo("buren");
        assertThat(product.competentAuthority().type()).isEqualTo(AgencyType.MUNICIPALITY);
        assertThat(product.competentAuthority().owmsUri()).contains(URI.create("http://standaarden.overheid.nl/owms/terms/Buren_(gemeente)"));
        assertThat(product.spatialScope().kind()).isEqualTo(SpatialScope.Kind.MUNICIPALITY);
        assertThat(product.owner()).isEqualTo("buren");
        assertThat(product.lastModified()).isEqualTo(Instant.parse("2018-04-15T22:00:00Z"));
    }

    @Test
    void exportsOfTheSampleCatalogueValidateAgainstTheScXsd() throws Exception {
        validate(export(SAMPLE));
    }

    @Test
    void aRoundTripKeepsWhatScCarries() {
        Collected read = read(export(SAMPLE), AgencyDirectory.of(SAMPLE));

        assertThat(read.rejected).isEmpty();
        assertThat(read.products).hasSameSizeAs(SAMPLE);
        for (int i = 0; i < SAMPLE.size(); i++) {
            Product original = SAMPLE.get(i);
            Product back = read.products.get(i);
            assertThat(back.id()).isEqualTo(original.id());
            assertThat(back.name().nl()).isEqualTo(original.name().nl());
            assertThat(back.description().nl()).isEqualTo(original.description().nl());
            assertThat(back.audiences()).isEqualTo(original.audiences());
            assertThat(back.competentAuthority()).isEqualTo(original.competentAuthority());
            assertThat(back.spatialScope()).isEqualTo(original.spatialScope());
            assertThat(back.upl()).isEqualTo(original.upl());
            assertThat(back.keywords()).isEqualTo(original.keywords());
            assertThat(back.lastModified()).isEqualTo(original.lastModified());
            assertThat(back.owner()).isEqualTo(original.owner());
            assertThat(back.channels(ChannelKind.ONLINE).stream().flatMap(c -> c.url().stream()).findFirst())
                    .isEqualTo(original.channels(ChannelKind.ONLINE).stream().flatMap(c -> c.url().stream()).findFirst());
        }
        // What SC cannot carry is lost once (a Loket form is "onlineAanvragen ja" without a URL);
        // after that, export and import are each other's inverse.
        String once = new String(export(read.products), StandardCharsets.UTF_8);
        String twice = new String(export(read(once.getBytes(StandardCharsets.UTF_8), AgencyDirectory.of(SAMPLE)).products),
                StandardCharsets.UTF_8);
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void relatedServicesTravelByTheirUplNameAndAreFoundAgainInTheSameArea() throws Exception {
        ProductLookup catalogue = ProductLookup.of(SAMPLE);
        byte[] xml = exportWithRelated(SAMPLE, catalogue);
        validate(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        // The ID card names the passport (a UPL name) and the police report (none: left out).
        assertThat(text).contains("<overheidproduct:gerelateerdProduct scheme=\"overheid:UniformeProductnaam\" "
                + "resourceIdentifier=\"http://standaarden.overheid.nl/owms/terms/paspoort\">paspoort<");

        Collected read = read(xml, AgencyDirectory.of(SAMPLE));
        Product idCard = read.products.stream()
                .filter(p -> p.id().toString().equals("https://catalogus.voorbeeld.nl/utrecht/identiteitskaart"))
                .findFirst().orElseThrow();

        assertThat(idCard.relatedProducts()).containsExactly(URI.create("http://standaarden.overheid.nl/owms/terms/paspoort"));
        assertThat(catalogue.related(idCard)).extracting(Product::id)
                .containsExactly(URI.create("https://catalogus.voorbeeld.nl/utrecht/paspoort"));
        // Read back, the relations are UPL names; after that first trip (which loses what SC cannot carry)
        // export and import are each other's inverse, relations included.
        byte[] once = exportWithRelated(read.products, ProductLookup.of(read.products));
        List<Product> readAgain = read(once, AgencyDirectory.of(SAMPLE)).products;
        assertThat(new String(exportWithRelated(readAgain, ProductLookup.of(readAgain)), StandardCharsets.UTF_8))
                .isEqualTo(new String(once, StandardCharsets.UTF_8))
                .contains("resourceIdentifier=\"http://standaarden.overheid.nl/owms/terms/paspoort\">paspoort</overheidproduct:gerelateerdProduct>");
    }

    @Test
    void aRelatedUplNameIsLookedUpNationallyWhenTheAreaHasNoSuchService() {
        Product drivingLicence = sample("https://catalogus.voorbeeld.nl/utrecht/rijbewijs").toBuilder()
                .relatedProduct(URI.create("http://standaarden.overheid.nl/owms/terms/wwUitkering")).build();

        assertThat(ProductLookup.of(SAMPLE).related(drivingLicence)).extracting(Product::id)
                .containsExactly(URI.create("https://catalogus.voorbeeld.nl/uwv/ww-uitkering"));
    }

    @Test
    void withoutTheCatalogueNoRelatedServiceIsWritten() {
        assertThat(new String(export(SAMPLE), StandardCharsets.UTF_8)).doesNotContain("gerelateerdProduct");
    }

    @Test
    void anAgencyWithoutAnOwmsUriKeepsItsIdThroughARoundTrip() {
        Product bank = SAMPLE.stream().filter(p -> p.owner().equals("voorbeeldbank")).findFirst().orElseThrow();

        Product back = read(export(List.of(bank)), AgencyDirectory.empty()).products.get(0);

        assertThat(back.owner()).isEqualTo("voorbeeldbank");
        assertThat(back.spatialScope()).isEqualTo(SpatialScope.netherlands());
    }

    @Test
    void rejectsRecordsTheModelRefusesWithTheirReasonAndReadsTheRest() {
        String xml = new String(export(SAMPLE.subList(0, 3)), StandardCharsets.UTF_8)
                .replaceFirst("<dcterms:identifier>[^<]+</dcterms:identifier>", "<dcterms:identifier>paspoort</dcterms:identifier>")
                .replaceFirst("(<overheidproduct:scproduct owms-version=\"4.0\">(?:(?!</overheidproduct:scproduct>).)*?)<overheid:authority[^>]*>[^<]*</overheid:authority>",
                        "$1");

        Collected read = read(xml.getBytes(StandardCharsets.UTF_8), AgencyDirectory.of(SAMPLE));

        assertThat(read.rejected).extracting(Rejection::record).containsExactly(1);
        assertThat(read.rejected.get(0).reason()).contains("not an absolute URI");
        assertThat(read.products).hasSize(2);
    }

    @Test
    void aRecordWithoutAuthorityOrInAnotherLanguageIsRejected() {
        String one = new String(export(SAMPLE.subList(0, 1)), StandardCharsets.UTF_8);
        String noAuthority = one.replaceFirst("<overheid:authority[^>]*>[^<]*</overheid:authority>", "");
        String english = one.replace("<dcterms:language>nl</dcterms:language>", "<dcterms:language>en</dcterms:language>");

        assertThat(read(noAuthority.getBytes(StandardCharsets.UTF_8), AgencyDirectory.empty()).rejected)
                .singleElement().satisfies(r -> assertThat(r.reason()).contains("no overheid:authority"));
        assertThat(read(english.getBytes(StandardCharsets.UTF_8), AgencyDirectory.empty()).rejected)
                .singleElement().satisfies(r -> assertThat(r.reason()).contains("is in en"));
    }

    @Test
    void aDocumentThatIsNotWellFormedStopsTheRead() {
        byte[] truncated = new String(export(SAMPLE), StandardCharsets.UTF_8).substring(0, 5000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(truncated, AgencyDirectory.empty())).isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<overheidproduct:scproducten xmlns:overheidproduct=\"http://standaarden.overheid.nl/product/terms/\">&e;</overheidproduct:scproducten>";
        assertThatThrownBy(() -> read(xxe.getBytes(StandardCharsets.UTF_8), AgencyDirectory.empty()))
                .isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void refusesAMalformedDocumentTypeDeclarationAsNotWellFormed() {
        // Found by ScFeedReaderFuzzTest: the JDK's parser threw MissingResourceException here.
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">ge\u0003]>"
                + "<overheidproduct:scproducten xmlns:overheidproduct=\"http://standaarden.overheid.nl/product/terms/\"/>";
        assertThatThrownBy(() -> read(doctype.getBytes(StandardCharsets.UTF_8), AgencyDirectory.empty()))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("document type declaration");
    }

    @Test
    void refusesADocumentOfAnotherKind() {
        InputStream other = new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SamenwerkendeCatalogi.read(other, AgencyDirectory.empty(), new Collected()))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("root is");
    }
}
