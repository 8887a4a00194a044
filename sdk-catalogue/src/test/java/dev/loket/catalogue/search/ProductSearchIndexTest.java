package dev.loket.catalogue.search;

import dev.loket.core.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static dev.loket.catalogue.search.SearchFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ProductSearchIndexTest {

    private ProductSearchIndex index;

    @BeforeEach
    void fill() {
        index = ProductSearchIndex.inMemory();
        index.replaceAll(catalogue());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(String text) {
        return ids(SearchQuery.of(text, Language.NL).page(1, 100));
    }

    private List<String> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::productId).toList();
    }

    @Test
    void findsReisdocumentProductsWhenSearchingForPaspoort() {
        assertThat(ids("paspoort")).startsWith("amsterdam/reisdocument", "utrecht/reisdocument")
                .doesNotContain("rdw/rijbewijs", "amsterdam/bijstand");
    }

    @Test
    void findsIdentiteitskaartDespiteATypo() {
        assertThat(ids("identiteitskart")).first().isEqualTo("utrecht/identiteitskaart");
        assertThat(ids("rijbwijs")).contains("rdw/rijbewijs");
    }

    @Test
    void findsIdentiteitskaartBySynonymsAndRanksItsUplNameFirst() {
        assertThat(ids("ID-kaart")).first().isEqualTo("utrecht/identiteitskaart");
        assertThat(ids("id kaart")).first().isEqualTo("utrecht/identiteitskaart");
        assertThat(ids("legitimatiebewijs")).containsExactly("utrecht/identiteitskaart");
    }

    @Test
    void ranksTheExactUplNameFirstEvenWhenAnotherProductRepeatsTheWord() {
        assertThat(ids("rijbewijs")).containsExactly("rdw/rijbewijs", "rdw/rijbewijs-gezondheid");
        assertThat(ids("Rijbewijs gezondheidsverklaring")).first().isEqualTo("rdw/rijbewijs-gezondheid");
    }

    @Test
    void findsTheBrpExtractBySynonymsOfUittreksel() {
        assertThat(ids("uittreksel")).first().isEqualTo("amsterdam/brp-uittreksel");
        assertThat(ids("uittreksel GBA")).first().isEqualTo("amsterdam/brp-uittreksel");
        assertThat(ids("bewijs van inschrijving")).first().isEqualTo("amsterdam/brp-uittreksel");
    }

    @Test
    void findsDutchWordFormsAndIgnoresStopWords() {
        assertThat(ids("uitkeringen")).contains("amsterdam/bijstand");
        assertThat(ids("een nieuw adres doorgeven")).first().isEqualTo("utrecht/verhuismelding");
        assertThat(ids("de het een")).isEmpty();
        assertThat(ids("verhuizen")).first().isEqualTo("utrecht/verhuismelding");
    }

    @Test
    void findsWhatPeopleTypeForTheWordsOfTheCatalogue() {
        assertThat(ids("mijn fiets is gestolen")).first().isEqualTo("politie/aangifte");
        assertThat(ids("werkloos")).isEmpty();
        assertThat(ids("uitkering")).contains("amsterdam/bijstand");
    }

    @Test
    void searchesEnglishNamesAndShowsThemOnEnglishPages() {
        SearchResult result = index.search(SearchQuery.of("driving licence", Language.EN));
        assertThat(result.hits()).first().satisfies(hit -> {
            assertThat(hit.productId()).isEqualTo("rdw/rijbewijs");
            assertThat(hit.name()).isEqualTo("Driving licence");
            assertThat(hit.uplName()).contains("rijbewijs");
            assertThat(hit.agency()).isEqualTo("RDW");
            assertThat(hit.municipality()).isEmpty();
        });
    }

    @Test
    void aMunicipalityFilterKeepsItsOwnAndTheNationalServices() {
        SearchQuery everything = new SearchQuery("", Language.NL, Map.of(), 1, 100);
        assertThat(ids(everything.filter(Facet.MUNICIPALITY, "GM0344"))).containsExactlyInAnyOrder(
                "utrecht/reisdocument", "utrecht/identiteitskaart", "utrecht/verhuismelding",
                "rdw/rijbewijs", "rdw/rijbewijs-gezondheid", "politie/aangifte");
    }

    @Test
    void filtersOnPaymentMethodAndLifeEventTogether() {
        SearchQuery cashForLostWallet = new SearchQuery("", Language.NL, Map.of(), 1, 100)
                .filter(Facet.PAYMENT_METHOD, "CASH")
                .filter(Facet.LIFE_EVENT, "portemonnee-kwijt");
        assertThat(ids(cashForLostWallet)).containsExactlyInAnyOrder("utrecht/reisdocument", "utrecht/identiteitskaart");
        assertThat(ids(cashForLostWallet.filter(Facet.PAYMENT_METHOD, "IDEAL")))
                .as("values of one facet are alternatives").hasSize(2);
    }

    @Test
    void countsEveryFacetValueOverTheWholeResult() {
        SearchResult result = index.search(new SearchQuery("", Language.NL, Map.of(), 1, 1));
        assertThat(result.total()).isEqualTo(10);
        assertThat(result.hits()).hasSize(1);
        assertThat(counts(result, Facet.AGENCY)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "gemeente-amsterdam", 4L, "gemeente-utrecht", 3L, "rdw", 2L, "politie", 1L));
        assertThat(counts(result, Facet.PAYMENT_METHOD)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PIN", 4L, "CASH", 2L, "IDEAL", 3L));
        assertThat(counts(result, Facet.AUDIENCE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "CITIZEN", 9L, "BUSINESS", 1L));
        assertThat(counts(result, Facet.MUNICIPALITY)).as("own services plus the 3 national ones")
                .containsExactlyInAnyOrderEntriesOf(Map.of("GM0363", 7L, "GM0344", 6L));
        assertThat(result.facets().get(Facet.AGENCY)).first().satisfies(top -> {
            assertThat(top.key()).isEqualTo("gemeente-amsterdam");
            assertThat(top.label()).isEqualTo("Gemeente Amsterdam");
            assertThat(top.selected()).isFalse();
        });
    }

    @Test
    void aFacetsCountsLeaveItsOwnFilterOutSoOtherValuesStayChoosable() {
        SearchQuery query = SearchQuery.of("reisdocument", Language.NL).filter(Facet.AGENCY, "gemeente-utrecht");
        SearchResult result = index.search(query);
        assertThat(result.hits()).extracting(SearchHit::productId).containsExactly("utrecht/reisdocument");
        assertThat(counts(result, Facet.AGENCY)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "gemeente-utrecht", 1L, "gemeente-amsterdam", 1L));
        assertThat(result.facets().get(Facet.AGENCY)).filteredOn(FacetCount::selected)
                .extracting(FacetCount::key).containsExactly("gemeente-utrecht");
        assertThat(counts(result, Facet.PAYMENT_METHOD)).as("other facets count the filtered result")
                .containsExactlyInAnyOrderEntriesOf(Map.of("PIN", 1L, "CASH", 1L));
    }

    @Test
    void everyCountIsWhatChoosingThatValueInsteadGivesWithSeveralFacetsSelected() {
        List<SearchQuery> queries = List.of(
                SearchQuery.of("", Language.NL).filter(Facet.MUNICIPALITY, "GM0344").filter(Facet.PAYMENT_METHOD, "CASH"),
                SearchQuery.of("", Language.NL).filter(Facet.AGENCY, "rdw").filter(Facet.AGENCY, "gemeente-utrecht")
                        .filter(Facet.CHANNEL, "COUNTER").filter(Facet.AUDIENCE, "CITIZEN"),
                SearchQuery.of("rijbewijs paspoort", Language.NL).filter(Facet.MUNICIPALITY, "GM0363")
                        .filter(Facet.LIFE_EVENT, "portemonnee-kwijt"),
                SearchQuery.of("aanvragen", Language.NL).filter(Facet.PAYMENT_METHOD, "NO-SUCH-WAY"));
        for (SearchQuery query : queries) {
            SearchResult result = index.search(query);
            for (Facet facet : Facet.values()) {
                for (FacetCount count : result.facets().get(facet)) {
                    // The query with this facet's filter replaced by the one value: what a count promises.
                    Map<Facet, java.util.Set<String>> instead = new java.util.EnumMap<>(Facet.class);
                    instead.putAll(query.filters());
                    instead.put(facet, java.util.Set.of(count.key()));
                    long chosen = index.search(new SearchQuery(query.text(), query.language(), instead, 1, 1)).total();
                    assertThat(count.count()).as(query + " " + facet + " " + count.key()).isEqualTo(chosen);
                }
            }
        }
    }

    @Test
    void countsOutAsManyValuesPerFacetAsAskedAndEverySelectedOne() {
        SearchQuery everything = SearchQuery.of("", Language.NL);
        assertThat(everything.facetValues()).isEqualTo(SearchQuery.DEFAULT_FACET_VALUES);
        SearchResult one = index.search(everything.facetValues(1));
        assertThat(one.facets().get(Facet.AGENCY)).extracting(FacetCount::key, FacetCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gemeente-amsterdam", 4L));
        SearchResult selected = index.search(everything.facetValues(1).filter(Facet.AGENCY, "politie"));
        assertThat(selected.facets().get(Facet.AGENCY)).extracting(FacetCount::key)
                .containsExactly("gemeente-amsterdam", "politie");
        assertThat(index.search(everything.facetValues(2)).facets().get(Facet.PAYMENT_METHOD))
                .extracting(FacetCount::key).containsExactly("PIN", "IDEAL");
    }

    @Test
    void theCountsOfEverythingFollowAChange() throws InterruptedException {
        SearchQuery everything = SearchQuery.of("", Language.NL);
        assertThat(counts(index.search(everything), Facet.AGENCY)).containsEntry("gemeente-utrecht", 3L);
        assertThat(counts(index.search(everything), Facet.AGENCY)).as("the same, counted once")
                .containsEntry("gemeente-utrecht", 3L);
        index.put(municipal("utrecht/vuurwerk", "vuurwerkontbrandingstoestemming", "Vuurwerkontbranding melden",
                "Report fireworks", "Een professionele vuurwerkshow melden.", "Report a fireworks display.",
                UTRECHT, GEMEENTE_UTRECHT, List.of(), List.of(ONLINE), List.of()));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && index.search(everything).total() == 10) {
            Thread.sleep(10);
        }
        SearchResult after = index.search(everything);
        assertThat(after.total()).isEqualTo(11);
        assertThat(counts(after, Facet.AGENCY)).containsEntry("gemeente-utrecht", 4L);
    }

    // The freshness promise itself is aChangeIsFoundWithinASecond's; here a loaded machine gets more time.
    @Test
    void theGenerationChangesWhenAChangeBecomesVisible() throws InterruptedException {
        long before = index.generation().orElseThrow();
        assertThat(index.generation()).as("nothing changed").hasValue(before);
        index.put(municipal("utrecht/vuurwerk", "vuurwerkontbrandingstoestemming", "Vuurwerkontbranding melden",
                "Report fireworks", "Een professionele vuurwerkshow melden.", "Report a fireworks display.",
                UTRECHT, GEMEENTE_UTRECHT, List.of(), List.of(ONLINE), List.of()));
        assertThat(within(Duration.ofSeconds(5), "vuurwerkshow", ids -> ids.contains("utrecht/vuurwerk"))).isTrue();
        long afterPut = index.generation().orElseThrow();
        assertThat(afterPut).isNotEqualTo(before);
        index.replaceAll(catalogue());
        assertThat(index.generation().orElseThrow()).isNotEqualTo(afterPut);
    }

    @Test
    void aFacetLabelFollowsTheLanguage() {
        SearchResult result = index.search(SearchQuery.of("", Language.EN).filter(Facet.PAYMENT_METHOD, "CASH"));
        assertThat(result.facets().get(Facet.PAYMENT_METHOD)).filteredOn(FacetCount::selected)
                .extracting(FacetCount::label).containsExactly("Cash");
    }

    @Test
    void pagesThroughTheResultInAStableOrder() {
        SearchQuery all = new SearchQuery("", Language.NL, Map.of(), 1, 4);
        List<String> first = ids(all);
        List<String> second = ids(all.page(2, 4));
        List<String> third = ids(all.page(3, 4));
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(4).doesNotContainAnyElementsOf(first);
        assertThat(third).hasSize(2);
        assertThat(index.search(all.page(3, 4)).pages()).isEqualTo(3);
    }

    @Test
    void aChangeIsFoundWithinASecond() throws InterruptedException {
        SearchDocument fireworks = municipal("utrecht/vuurwerk", "vuurwerkontbrandingstoestemming",
                "Vuurwerkontbranding melden", "Report fireworks", "Een professionele vuurwerkshow melden.",
                "Report a fireworks display.", UTRECHT, GEMEENTE_UTRECHT, List.of(), List.of(ONLINE), List.of());
        index.put(fireworks);
        assertThat(within(Duration.ofSeconds(1), "vuurwerkshow", ids -> ids.contains("utrecht/vuurwerk"))).isTrue();

        index.put(new SearchDocument(fireworks.id(), fireworks.uplName(), "Vuurwerk afsteken", "Fireworks",
                "Toestemming om vuurwerk af te steken.", "Permission.", List.of(), fireworks.agency(),
                fireworks.municipality(), List.of(), List.of(), List.of(), List.of()));
        assertThat(within(Duration.ofSeconds(1), "vuurwerkshow", List::isEmpty)).isTrue();
        assertThat(ids("afsteken")).containsExactly("utrecht/vuurwerk");

        index.remove("utrecht/vuurwerk");
        assertThat(within(Duration.ofSeconds(1), "afsteken", List::isEmpty)).isTrue();
        assertThat(index.size()).isEqualTo(10);
    }

    @Test
    void replacingEverythingSwapsTheWholeIndex() {
        index.replaceAll(List.of(catalogue().get(0)));
        assertThat(index.size()).isEqualTo(1);
        assertThat(ids("")).containsExactly("utrecht/reisdocument");
        assertThat(index.memoryBytes()).isPositive();
    }

    @Test
    void anEmptyIndexFindsNothingAndCountsNothing() {
        index.replaceAll(List.of());
        SearchResult result = index.search(SearchQuery.of("paspoort", Language.NL).filter(Facet.AGENCY, "rdw"));
        assertThat(result.total()).isZero();
        assertThat(result.facets().get(Facet.AGENCY)).extracting(FacetCount::key, FacetCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rdw", 0L));
    }

    @Test
    void hostileTextIsJustText() {
        for (String text : List.of("\"", "*", "?", "a AND (b", "paspoort~2", "[a TO z]", "\\", "</script>", "🙂")) {
            assertThat(index.search(SearchQuery.of(text, Language.NL)).total()).as(text).isNotNegative();
        }
        assertThat(ids("paspoort~2")).contains("utrecht/reisdocument");
    }

    private boolean within(Duration limit, String text, Predicate<List<String>> visible) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (visible.test(ids(text))) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static Map<String, Long> counts(SearchResult result, Facet facet) {
        return result.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::key, FacetCount::count));
    }

}
