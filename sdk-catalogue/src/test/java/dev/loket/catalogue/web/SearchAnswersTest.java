package dev.loket.catalogue.web;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.ProductSearch;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.core.Language;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAnswersTest {

    /** A search whose generation the test sets; searching itself is what the renderer counts. */
    private static final class Generations implements ProductSearch {
        OptionalLong generation = OptionalLong.of(1);

        @Override
        public SearchResult search(SearchQuery query) {
            throw new UnsupportedOperationException("the renderer stands for the search");
        }

        @Override
        public List<FacetValue> values(Facet facet, Language language) {
            return List.of();
        }

        @Override
        public OptionalLong generation() {
            return generation;
        }
    }

    private final Generations search = new Generations();
    private final AtomicInteger rendered = new AtomicInteger();
    private final Function<SearchQuery, byte[]> render =
            q -> ("{\"q\":\"" + q.text() + "\",\"n\":" + rendered.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);

    @Test
    void keepsAnAnswerUntilTheSearchChanges() {
        SearchAnswers answers = new SearchAnswers(1 << 20);
        SearchQuery paspoort = SearchQuery.of("paspoort", Language.NL);
        SearchAnswers.Answer first = answers.answer(search, paspoort, render);
        assertThat(answers.answer(search, paspoort, render)).isSameAs(first);
        assertThat(rendered).hasValue(1);

        search.generation = OptionalLong.of(2);
        SearchAnswers.Answer after = answers.answer(search, paspoort, render);
        assertThat(rendered).hasValue(2);
        assertThat(after.etag()).as("other bytes, other tag").isNotEqualTo(first.etag());
        assertThat(answers.hitsAndLookups()).containsExactly(1, 3);
    }

    @Test
    void theSameSearchWrittenDifferentlyIsOneAnswerAndAnotherPageIsAnother() {
        SearchQuery one = SearchQuery.of("paspoort", Language.NL).filter(Facet.MUNICIPALITY, "GM0344")
                .filter(Facet.MUNICIPALITY, "GM0363");
        SearchQuery other = SearchQuery.of("paspoort", Language.NL).filter(Facet.MUNICIPALITY, "GM0363")
                .filter(Facet.MUNICIPALITY, "GM0344");
        assertThat(SearchAnswers.key(one)).isEqualTo(SearchAnswers.key(other));
        assertThat(SearchAnswers.key(one)).isNotEqualTo(SearchAnswers.key(one.page(2, 10)))
                .isNotEqualTo(SearchAnswers.key(one.facetValues(5)))
                .isNotEqualTo(SearchAnswers.key(SearchQuery.of("paspoort", Language.EN)
                        .filter(Facet.MUNICIPALITY, "GM0344").filter(Facet.MUNICIPALITY, "GM0363")))
                .isNotEqualTo(SearchAnswers.key(SearchQuery.of("paspoort", Language.NL)
                        .filter(Facet.AGENCY, "GM0344").filter(Facet.MUNICIPALITY, "GM0363")));
    }

    @Test
    void keepsNoMoreBytesThanItMayAndDropsTheLeastRecentlyUsed() {
        SearchAnswers answers = new SearchAnswers(60);
        SearchQuery a = SearchQuery.of("aaaaaaaaaa", Language.NL);
        SearchQuery b = SearchQuery.of("bbbbbbbbbb", Language.NL);
        SearchQuery c = SearchQuery.of("cccccccccc", Language.NL);
        answers.answer(search, a, render);
        answers.answer(search, b, render);
        answers.answer(search, a, render);
        answers.answer(search, c, render);
        assertThat(rendered).hasValue(3);
        answers.answer(search, a, render);
        assertThat(rendered).as("a was used last, b went").hasValue(3);
        answers.answer(search, b, render);
        assertThat(rendered).hasValue(4);
    }

    @Test
    void keepsNothingWhenTheSearchCannotTellItsGenerationOrWhenSizedZero() {
        search.generation = OptionalLong.empty();
        SearchAnswers answers = new SearchAnswers(1 << 20);
        SearchQuery q = SearchQuery.of("paspoort", Language.NL);
        answers.answer(search, q, render);
        answers.answer(search, q, render);
        assertThat(rendered).hasValue(2);

        search.generation = OptionalLong.of(1);
        SearchAnswers none = new SearchAnswers(0);
        none.answer(search, q, render);
        none.answer(search, q, render);
        assertThat(rendered).hasValue(4);
    }

    @Test
    void anEtagIsOfTheBytesAndIfNoneMatchAcceptsItWeakOrInAList() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        String etag = SearchAnswers.etag(json);
        assertThat(SearchAnswers.etag("{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(etag);
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(CatalogueSearchApi.matches(etag, etag)).isTrue();
        assertThat(CatalogueSearchApi.matches("\"x\", W/" + etag, etag)).isTrue();
        assertThat(CatalogueSearchApi.matches("*", etag)).isTrue();
        assertThat(CatalogueSearchApi.matches("\"x\"", etag)).isFalse();
    }
}
