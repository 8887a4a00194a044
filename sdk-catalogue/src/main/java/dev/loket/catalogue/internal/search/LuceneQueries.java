package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.core.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a person typed into a Lucene query. Ranking, strongest first:
 * <ol>
 *   <li>the whole text is a product's UPL name, or a synonym of it ({@code ID-kaart} for
 *       {@code identiteitskaart}): those products first, whatever else matches;</li>
 *   <li>the whole text is a product's own name;</li>
 *   <li>words in the name (in the page's language a little stronger), then words in the
 *       description and keywords, each with their synonyms and Dutch word forms (BM25);</li>
 *   <li>a word that occurs nowhere in the catalogue is taken as a typo: products with a word in their
 *       name one letter away (two for words of 10 letters or more; the first two letters right) are
 *       found ({@code identiteitskart}), ranked below real matches;</li>
 *   <li>the services of a life event the words are about ({@code portemonnee gestolen}) are found
 *       and rank about as a word in their name does ({@link LifeEventMatching}).</li>
 * </ol>
 */
final class LuceneQueries {

    private static final float EXACT_UPL = 1000f;
    private static final float EXACT_NAME = 500f;
    private static final float NAME_OWN_LANGUAGE = 4f;
    private static final float NAME_OTHER_LANGUAGE = 2f;
    private static final float TEXT = 1f;
    private static final float TYPO_IN_NAME = 1.5f;
    /**
     * A service of a life event the words are about: about as strong as a word in its name, so the
     * event's services come before what only shares a word with the query ("aangifte" of a birth).
     */
    private static final float IN_LIFE_EVENT = 6f;
    /** From this length a word may have two typos. */
    private static final int TWO_TYPOS_FROM = 10;
    /** Words shorter than this are not corrected: too many short words are one letter apart. */
    private static final int TYPO_MIN_LENGTH = 4;

    private final DutchAnalysis analysis;
    private final Synonyms synonyms;
    private final QueryBuilder builder;

    LuceneQueries(DutchAnalysis analysis, Synonyms synonyms) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.builder = new QueryBuilder(analysis.query());
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /**
     * What the words match, with no filters; everything when there are no words.
     *
     * @param lifeEvents the life events the words are about: their services are found too, and rank high
     */
    Query text(SearchQuery query, IndexReader reader, List<FacetValue> lifeEvents) {
        String normalized = LuceneFields.normalize(query.text());
        if (normalized.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String phrase : synonyms.equivalents(normalized)) {
            any.add(new BoostQuery(new TermQuery(new Term(LuceneFields.UPL_EXACT, phrase)), EXACT_UPL), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(LuceneFields.NAME_EXACT, phrase)), EXACT_NAME), Occur.SHOULD);
        }
        boolean english = query.language() == Language.EN;
        words(any, LuceneFields.NAME_NL, query.text(), english ? NAME_OTHER_LANGUAGE : NAME_OWN_LANGUAGE);
        words(any, LuceneFields.NAME_EN, query.text(), english ? NAME_OWN_LANGUAGE : NAME_OTHER_LANGUAGE);
        words(any, LuceneFields.TEXT_NL, query.text(), TEXT);
        words(any, LuceneFields.TEXT_EN, query.text(), TEXT);
        for (FacetValue event : lifeEvents) {
            Query services = new ConstantScoreQuery(new TermQuery(new Term(LuceneFields.filterField(Facet.LIFE_EVENT), event.key())));
            any.add(new BoostQuery(services, IN_LIFE_EVENT), Occur.SHOULD);
        }
        for (String unknown : unknownWords(query.text(), reader)) {
            // Names only, the first two letters right: a typo in what people search for is nearly always
            // in a product's name, and the names' vocabulary is small, so this stays fast at national scale.
            int edits = unknown.length() >= TWO_TYPOS_FROM ? 2 : 1;
            any.add(new BoostQuery(new FuzzyQuery(new Term(LuceneFields.NAME_NL, unknown), edits, 2), TYPO_IN_NAME),
                    Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * Per filtered facet, what its filter keeps: any of the chosen values (or); a municipality also
     * keeps the services for every municipality.
     */
    Map<Facet, Query> filters(SearchQuery query) {
        Map<Facet, Query> filters = new EnumMap<>(Facet.class);
        query.filters().forEach((facet, values) -> {
            BooleanQuery.Builder oneOf = new BooleanQuery.Builder();
            String field = LuceneFields.filterField(facet);
            values.forEach(v -> oneOf.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
            if (facet == Facet.MUNICIPALITY) {
                oneOf.add(new TermQuery(new Term(field, LuceneFields.EVERY_MUNICIPALITY)), Occur.SHOULD);
            }
            filters.put(facet, oneOf.build());
        });
        return filters;
    }

    static Query combine(Query text, List<Query> filters) {
        if (filters.isEmpty()) {
            return text;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, Occur.MUST);
        filters.forEach(f -> all.add(f, Occur.FILTER));
        return all.build();
    }

    private void words(BooleanQuery.Builder any, String field, String text, float boost) {
        Query words = builder.createBooleanQuery(field, text, Occur.SHOULD);
        if (words != null) {
            any.add(new BoostQuery(words, boost), Occur.SHOULD);
        }
    }

    /** The query's words (as the index has them) that no product has in its name or text. */
    private Set<String> unknownWords(String text, IndexReader reader) {
        Set<String> unknown = new LinkedHashSet<>();
        try {
            for (String word : tokens(analysis.index(), LuceneFields.TEXT_NL, text)) {
                if (word.length() >= TYPO_MIN_LENGTH
                        && reader.docFreq(new Term(LuceneFields.TEXT_NL, word)) == 0
                        && reader.docFreq(new Term(LuceneFields.NAME_NL, word)) == 0) {
                    unknown.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unknown;
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
