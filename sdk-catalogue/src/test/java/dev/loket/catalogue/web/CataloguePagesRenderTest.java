package dev.loket.catalogue.web;

import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.lifeevent.LifeEventGuide;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.catalogue.search.ProductSearchIndex;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.web.Page;
import dev.loket.core.web.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's pages rendered as the portal renders them, without a server. */
class CataloguePagesRenderTest {

    private static final String HOSTILE = "Kwijt?</script><script>alert(1)</script><!-- & \"quote\"";
    private final CatalogueDocument sample = SampleCatalogue.load();
    private final ProductLookup lookup = ProductLookup.of(sample.products());
    private final LifeEventGuide guide = new LifeEventGuide(sample.lifeEvents(), lookup);

    private static String render(Page page, Language language) {
        return new Pages().render(page, language, Map.of("lang", language.tag(), "otherLang", "en",
                "csrfToken", "token", "csrfField", "_csrf", "base", "", "currentPath", "/catalogue/product"));
    }

    @Test
    void theSearchPageBeforeASearchLinksTheMostUsedServicesAndEveryLifeEventInBothLanguages() {
        try (ProductSearchIndex index = sampleIndex()) {
            SearchQuery nothing = SearchQuery.of("", Language.NL);
            String dutch = render(startPage(index, nothing, Language.NL), Language.NL);
            assertThat(dutch).contains("Veelgebruikte diensten").contains("Er gebeurt iets in uw leven")
                    .contains("<a class=\"utrecht-link\" href=\"/catalogue/product?id="
                            + "https%3A%2F%2Fcatalogus.voorbeeld.nl%2Futrecht%2Fpaspoort\">Paspoort aanvragen</a>")
                    .as("two municipalities have an ID card: the search for it lets the person choose")
                    .contains("href=\"/catalogue?q=identiteitskaart\"")
                    .contains("href=\"/catalogue/life-events/verhuizen\"");
            String english = render(startPage(index, SearchQuery.of("", Language.EN), Language.EN), Language.EN);
            assertThat(english).contains("Services people use most").contains(">Apply for a passport</a>")
                    .contains("Something happens in your life").contains(">Moving house</a>");
        }
    }

    @Test
    void aSearchAboutALifeEventOffersItAboveTheResultsInBothLanguages() {
        try (ProductSearchIndex index = sampleIndex()) {
            for (Language language : Language.values()) {
                SearchQuery query = SearchQuery.of("portemonnee gestolen", language);
                SearchResult result = index.search(query);
                List<SearchPage.Shortcut> offered = result.lifeEvents().stream().map(e -> new SearchPage.Shortcut(
                        e.label(language), "", "/catalogue/life-events/" + e.key())).toList();
                String html = render(SearchPage.of("", query, result, language, List.of(), offered), language);
                assertThat(html.indexOf("href=\"/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen\""))
                        .as("the life event in " + language).isPositive().isLessThan(html.indexOf("id=\"results-heading\""));
                assertThat(html).doesNotContain("Veelgebruikte diensten").doesNotContain("Services people use most");
            }
        }
    }

    private ProductSearchIndex sampleIndex() {
        SearchDocuments documents = new SearchDocuments(sample.lifeEvents());
        ProductSearchIndex index = ProductSearchIndex.inMemory();
        index.replaceAll(sample.products().stream().map(documents::of).toList());
        index.replaceLifeEvents(documents.lifeEvents());
        return index;
    }

    private Page startPage(ProductSearchIndex index, SearchQuery query, Language language) {
        List<SearchPage.Shortcut> events = sample.lifeEvents().stream().map(e -> new SearchPage.Shortcut(
                e.name().in(language), e.description().in(language), "/catalogue/life-events/" + e.id())).toList();
        return SearchPage.of("", query, index.search(query), language,
                new MostUsedServices(MostUsedServices.DEFAULT).shortcuts(index, "", language), events);
    }

    @Test
    void aProductsTextCannotEndItsJsonLdBlockOrRunScript() throws Exception {
        Product card = sample.products().get(0).toBuilder()
                .description(LocalizedText.of(HOSTILE, HOSTILE)).name(LocalizedText.of("ID </script>", "ID")).build();
        String html = render(ProductPage.of(card, Language.NL, guide, lookup, ""), Language.NL);

        int open = html.indexOf("<script type=\"application/ld+json\">");
        int close = html.indexOf("</script>", open);
        assertThat(html.indexOf("<script", open + 1)).as("no second script element").isEqualTo(-1);
        assertThat(html.indexOf("</script>", close + 1)).as("one end of script only").isEqualTo(-1);
        String json = html.substring(open + "<script type=\"application/ld+json\">".length(), close);
        assertThat(Json.mapper().readTree(json).path("description").asText()).isEqualTo(HOSTILE);
        assertThat(html).contains("Kwijt?&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aProductPageSaysWhereCashIsTakenInBothLanguages() {
        Product card = sample.products().get(0);
        assertThat(render(ProductPage.of(card, Language.NL, guide, lookup, ""), Language.NL)).contains("U kunt hier contant betalen.")
                .contains("Portemonnee of identiteitsbewijs kwijt of gestolen");
        assertThat(render(ProductPage.of(card, Language.EN, guide, lookup, ""), Language.EN)).contains("You can pay cash here.");
    }

    @Test
    void aProductPageLinksItsRelatedServicesOfOtherAgenciesToo() {
        Product card = sample.products().get(0);

        String html = render(ProductPage.of(card, Language.NL, guide, lookup, ""), Language.NL);

        assertThat(html).contains("Ook nodig of handig")
                .contains("href=\"/catalogue/product?id=https%3A%2F%2Fcatalogus.voorbeeld.nl%2Fpolitie%2Faangifte-diefstal\"")
                .contains("href=\"/catalogue/product?id=https%3A%2F%2Fcatalogus.voorbeeld.nl%2Futrecht%2Fpaspoort\"")
                .contains("(Politie)");
        assertThat(render(ProductPage.of(card, Language.EN, guide, lookup, ""), Language.EN)).contains("You may also need");
    }

    @Test
    void aProductWithoutRelatedServicesHasNoSuchSection() {
        Product licence = sample.products().stream().filter(p -> p.id().toString().endsWith("/utrecht/rijbewijs"))
                .findFirst().orElseThrow();

        assertThat(render(ProductPage.of(licence, Language.NL, guide, lookup, ""), Language.NL)).doesNotContain("Ook nodig of handig");
    }

    @Test
    void neverRendersALinkThatIsNotHttpEvenForAProductStoredBeforeLinksWereChecked() {
        Product stored = sample.products().get(0).toBuilder()
                .clearChannels()
                .channel(dev.loket.catalogue.ServiceChannel.online(java.net.URI.create("javascript:alert(document.cookie)"), java.util.List.of()))
                .channel(dev.loket.catalogue.ServiceChannel.chat(java.net.URI.create("JavaScript://x.nl/%0Aalert(1)"),
                        dev.loket.catalogue.Availability.allDay()))
                .channel(dev.loket.catalogue.ServiceChannel.online(java.net.URI.create("https://afspraak.utrecht.voorbeeld.nl/id"), java.util.List.of()))
                .legalResource(dev.loket.catalogue.LegalResource.of("Kwaadwet", "artikel 1", "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E"))
                .build();

        String html = render(ProductPage.of(stored, Language.NL, guide, lookup, ""), Language.NL);

        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("javascript:").doesNotContain("data:text");
        assertThat(html).contains("href=\"https://afspraak.utrecht.voorbeeld.nl/id\"").contains("Kwaadwet artikel 1");
    }
}
