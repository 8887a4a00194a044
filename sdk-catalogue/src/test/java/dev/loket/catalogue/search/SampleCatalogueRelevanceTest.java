package dev.loket.catalogue.search;

import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.core.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance set ({@code relevance.txt} beside this test): what people type, and what must come
 * first, be found, not be found, and which life event is offered, on the sample catalogue. A change
 * to analysis, synonyms or boosts that makes one of these worse fails here.
 */
class SampleCatalogueRelevanceTest {

    private static final String RELEVANCE_SET = "/dev/loket/catalogue/search/relevance.txt";
    private static final String PRODUCTS = "https://catalogus.voorbeeld.nl/";
    private static final int FIRST_PAGE = 10;

    private static ProductSearchIndex index;

    /** One line of the relevance set. */
    record Expectation(String query, List<String> top, List<String> found, List<String> absent,
                       Optional<String> lifeEvent) {
        @Override
        public String toString() {
            return query;
        }
    }

    @BeforeAll
    static void fill() {
        CatalogueDocument sample = SampleCatalogue.load();
        SearchDocuments documents = new SearchDocuments(sample.lifeEvents());
        index = ProductSearchIndex.inMemory();
        index.replaceAll(sample.products().stream().map(documents::of).toList());
        index.replaceLifeEvents(documents.lifeEvents());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relevanceSet")
    void ranksWhatPeopleTypeAsTheRelevanceSetSays(Expectation expected) {
        SearchResult result = index.search(SearchQuery.of(expected.query(), Language.NL).page(1, FIRST_PAGE));
        List<String> ids = result.hits().stream().map(h -> h.productId().substring(PRODUCTS.length())).toList();
        assertThat(ids.subList(0, Math.min(ids.size(), expected.top().size())))
                .as("first results for '%s' (all: %s)", expected.query(), ids)
                .containsExactlyInAnyOrderElementsOf(expected.top());
        assertThat(ids).as("found for '%s'", expected.query()).containsAll(expected.found());
        assertThat(ids).as("not found for '%s'", expected.query()).filteredOn(expected.absent()::contains).isEmpty();
        assertThat(result.lifeEvents().stream().findFirst().map(FacetValue::key))
                .as("life event offered for '%s'", expected.query()).isEqualTo(expected.lifeEvent());
    }

    static List<Expectation> relevanceSet() {
        List<Expectation> set = new ArrayList<>();
        for (String line : read().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|", -1);
            if (fields.length != 5) {
                throw new IllegalStateException("A line of the relevance set has 5 fields: " + line);
            }
            String lifeEvent = fields[4].strip();
            set.add(new Expectation(fields[0].strip(), ids(fields[1]), ids(fields[2]), ids(fields[3]),
                    lifeEvent.equals("-") ? Optional.empty() : Optional.of(lifeEvent)));
        }
        return set;
    }

    private static List<String> ids(String field) {
        return Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read() {
        try (InputStream in = SampleCatalogueRelevanceTest.class.getResourceAsStream(RELEVANCE_SET)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RELEVANCE_SET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
