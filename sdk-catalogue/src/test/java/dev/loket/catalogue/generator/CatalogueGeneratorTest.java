package dev.loket.catalogue.generator;

import dev.loket.catalogue.Audience;
import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SharedData;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.exchange.sc.ScFeedWriter;
import dev.loket.catalogue.internal.store.CatalogueSchema;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueGeneratorTest {

    private static CatalogueGenerator generator(long seed) {
        return CatalogueGenerator.of(SharedData.path("upl-sdg-catalogue-data", "UPL-actueel.csv"),
                SharedData.path("upl-sdg-catalogue-data", "Gemeente.xml"), seed);
    }

    @Test
    void buildsANationalCatalogueOfAbout200000ProductsWithUniqueIds() {
        CatalogueGenerator generator = generator(42);
        Set<URI> ids = new HashSet<>();
        Map<AgencyType, Integer> byType = new EnumMap<>(AgencyType.class);
        Set<String> municipalities = new HashSet<>();
        int[] business = {0};

        int count = generator.generate(product -> {
            ids.add(product.id());
            byType.merge(product.competentAuthority().type(), 1, Integer::sum);
            if (product.competentAuthority().type() == AgencyType.MUNICIPALITY) {
                municipalities.add(product.owner());
            }
            if (product.audiences().contains(Audience.BUSINESS)) {
                business[0]++;
            }
        });

        assertThat(count).isBetween(190_000, 215_000);
        assertThat(ids).hasSize(count);
        assertThat(generator.municipalities()).isEqualTo(municipalities.size()).isGreaterThan(340);
        assertThat(byType).containsKeys(AgencyType.MUNICIPALITY, AgencyType.PROVINCE, AgencyType.WATER_BOARD, AgencyType.NATIONAL);
        assertThat(business[0]).isGreaterThan(count / 5);
    }

    @Test
    void theSameSeedGivesTheSameCatalogueAndAnotherSeedAnotherOne() {
        List<Product> one = first(generator(1), 2000);
        List<Product> two = first(generator(2), 2000);
        assertThat(one).isNotEqualTo(two);
        assertThat(first(generator(1), 2000)).isEqualTo(one);
    }

    @Test
    void itsSamenwerkendeCatalogiIsValidAndImportsWithoutRejections() throws Exception {
        CatalogueGenerator generator = generator(42);
        List<Product> slice = first(generator, 3000);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try (ScFeedWriter writer = SamenwerkendeCatalogi.writer(xml)) {
            slice.forEach(writer::write);
        }
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SharedData.path("samenwerkende-catalogi", "xsd", "standaarden.overheid.nl", "sc", "4.0", "xsd", "sc.xsd").toFile())
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.toByteArray())));

        var dataSource = TestDatabase.H2.newDatabase();
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        CatalogueStore store = CatalogueStore.onDatabase(dataSource);
        ImportReport report;
        try (ProductImport harvest = store.startImport(ImportScope.harvest())) {
            SamenwerkendeCatalogi.read(new ByteArrayInputStream(xml.toByteArray()), generator.directory(), harvest);
            report = harvest.commit();
        }

        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported()).isEqualTo(slice.size());
        Product first = store.find(slice.get(0).id()).orElseThrow();
        assertThat(first.competentAuthority()).isEqualTo(slice.get(0).competentAuthority());
        assertThat(first.spatialScope()).isEqualTo(slice.get(0).spatialScope());
        assertThat(first.upl()).isEqualTo(slice.get(0).upl());
    }

    private static List<Product> first(CatalogueGenerator generator, int count) {
        List<Product> products = new ArrayList<>();
        try {
            generator.generate(product -> {
                if (products.size() == count) {
                    throw new Enough();
                }
                products.add(product);
            });
        } catch (Enough enough) {
            // The generator has no limit of its own; a test needs only the start.
        }
        return products;
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
