package dev.loket.catalogue.internal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DutchStemmer;

import java.util.Map;

/**
 * The words of the catalogue as the index sees them. Dutch text: standard tokens, lower case, accents
 * folded ({@code geïnd} = {@code geind}), Dutch stop words removed, Snowball's Dutch stemmer
 * ({@code aanvragen} = {@code aanvraag}). English text the same with English stop words and Porter.
 *
 * <p>Synonyms apply only to what people type ({@link #query()}), never to the index: the list can
 * change without reindexing, and a product's own words stay what they are. They come before
 * the stop words and the stemmer, so an entry matches the words as people type them.
 */
final class DutchAnalysis {

    private static final CharArraySet DUTCH_STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final Analyzer index;
    private final Analyzer query;

    DutchAnalysis(SynonymMap synonyms) {
        Map<String, Analyzer> english = Map.of(
                LuceneFields.NAME_EN, new English(), LuceneFields.TEXT_EN, new English());
        this.index = new PerFieldAnalyzerWrapper(new Dutch(null), english);
        this.query = new PerFieldAnalyzerWrapper(new Dutch(synonyms), english);
    }

    /** Analyzes products' text for the index. */
    Analyzer index() {
        return index;
    }

    /** Analyzes what people type: as {@link #index()}, with synonyms for the Dutch fields. */
    Analyzer query() {
        return query;
    }

    /** Tokens, lower case and folded accents: how synonym entries are read, before stop words and stems. */
    static Analyzer normalizing() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    private static final class Dutch extends Analyzer {
        private final SynonymMap synonyms;

        Dutch(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            stream = new StopFilter(stream, DUTCH_STOP_WORDS);
            return new TokenStreamComponents(tokenizer, new SnowballFilter(stream, new DutchStemmer()));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class English extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            stream = new StopFilter(stream, ENGLISH_STOP_WORDS);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
