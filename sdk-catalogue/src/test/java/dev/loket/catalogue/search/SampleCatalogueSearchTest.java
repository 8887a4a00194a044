package dev.loket.catalogue.search;

import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.core.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The search on the sample catalogue that the portal ships, through the products themselves. */
class SampleCatalogueSearchTest {

    private static ProductSearchIndex index;

    @BeforeAll
    static void fill() {
        CatalogueDocument sample = SampleCatalogue.load();
        SearchDocuments documents = new SearchDocuments(sample.lifeEvents());
        index = ProductSearchIndex.inMemory();
        index.replaceAll(sample.products().stream().map(documents::of).toList());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void findsTheIdentityCardsOfBothMunicipalitiesForATypo() {
        assertThat(index.search(SearchQuery.of("identiteitskart", Language.NL)).hits())
                .extracting(SearchHit::productId).startsWith(
                        "https://catalogus.voorbeeld.nl/buren/identiteitskaart",
                        "https://catalogus.voorbeeld.nl/utrecht/identiteitskaart");
    }

    @Test
    void reisdocumentFindsThePassportFirst() {
        assertThat(index.search(SearchQuery.of("reisdocument", Language.NL)).hits()).first()
                .extracting(SearchHit::productId).isEqualTo("https://catalogus.voorbeeld.nl/utrecht/paspoort");
    }

    @Test
    void labelsFacetValuesWithTheNamesOfLifeEventsChannelsAndPaymentMethods() {
        SearchQuery query = SearchQuery.of("", Language.NL).filter(Facet.LIFE_EVENT, "identiteitsbewijs-kwijt-of-gestolen");
        SearchResult result = index.search(query);
        assertThat(result.facets().get(Facet.LIFE_EVENT)).filteredOn(FacetCount::selected).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Portemonnee of identiteitsbewijs kwijt of gestolen"));
        assertThat(result.facets().get(Facet.PAYMENT_METHOD)).extracting(FacetCount::label).contains("Contant");
        assertThat(result.facets().get(Facet.CHANNEL)).extracting(FacetCount::label).contains("Aan de balie");
        SearchResult english = index.search(new SearchQuery("", Language.EN, Map.of(), 1, 10));
        assertThat(english.facets().get(Facet.PAYMENT_METHOD)).extracting(FacetCount::label).contains("Cash");
    }

    @Test
    void countsTheServicesThatTakeCashForTheLostWallet() {
        SearchQuery query = SearchQuery.of("", Language.NL).filter(Facet.LIFE_EVENT, "identiteitsbewijs-kwijt-of-gestolen")
                .filter(Facet.PAYMENT_METHOD, "CASH").page(1, 100);
        SearchResult result = index.search(query);
        assertThat(result.total()).isEqualTo(result.hits().size()).isPositive();
        long cash = result.facets().get(Facet.PAYMENT_METHOD).stream().filter(c -> c.key().equals("CASH"))
                .findFirst().orElseThrow().count();
        assertThat(cash).isEqualTo(result.total());
    }
}
