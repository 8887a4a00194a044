package dev.loket.catalogue.internal.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A searcher with the facet state of its reader. The state maps facet values to ordinals across
 * segments; it is built once per reader (on every refresh), not per search, and so are the
 * {@link FacetOrdinals} that a search counts into.
 */
final class FacetedSearcher extends IndexSearcher {

    static final int REWRITES_KEPT = 1024;

    private final SortedSetDocValuesReaderState facets;
    private final FacetOrdinals ordinals;
    private final FacetColumns columns;
    /** The counts of everything (no words, no filter: the browse page), counted once per reader. */
    private volatile SidewaysCounting.Counts everything;
    /** Rewritten words by the words as typed (their typo expansion is most of a rewrite); for this reader only. */
    private final Map<Query, Query> rewrites = new ConcurrentHashMap<>();

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facets, FacetColumns columns)
            throws IOException {
        super(reader);
        this.facets = facets;
        this.ordinals = facets == null ? null : FacetOrdinals.of(facets);
        this.columns = columns;
        if (facets != null) {
            // Made now, as the reader opens, so that no search waits for them.
            for (LeafReaderContext leaf : reader.leaves()) {
                columns.of(leaf.reader(), facets.getField());
            }
        }
    }

    /** The facet values of a segment of this reader, by facet. */
    FacetColumns.Segment facetColumns(LeafReaderContext leaf) {
        return columns.of(leaf.reader(), facets.getField());
    }

    /**
     * The words' query rewritten for this reader: a word the catalogue does not know becomes the
     * names' words one or two letters away, which Lucene finds by building a Levenshtein automaton,
     * about a millisecond for a long word. People make the same typos, and a reader does not change,
     * so each rewrite is kept until the next refresh (at most {@value #REWRITES_KEPT}, then all are
     * dropped at once: a cache, not a store).
     */
    Query rewriteWords(Query words) throws IOException {
        Query known = rewrites.get(words);
        if (known != null) {
            return known;
        }
        Query rewritten = rewrite(words);
        if (rewrites.size() >= REWRITES_KEPT) {
            rewrites.clear();
        }
        rewrites.put(words, rewritten);
        return rewritten;
    }

    /** The facet state; empty while the index holds no product yet. */
    Optional<SortedSetDocValuesReaderState> facets() {
        return Optional.ofNullable(facets);
    }

    /** The facet values as ordinals; only while {@link #facets()} is present. */
    FacetOrdinals ordinals() {
        return ordinals;
    }

    /**
     * The counts of every product, without filters: the same for every search of this reader, and
     * the most expensive to count (all of them), so counted once, when first asked.
     */
    SidewaysCounting.Counts countsOfEverything() throws IOException {
        SidewaysCounting.Counts counted = everything;
        if (counted == null) {
            counted = new SidewaysCounting(this, Map.of(), Map.of()).count(new MatchAllDocsQuery());
            everything = counted;
        }
        return counted;
    }

    static SearcherFactory factory(FacetsConfig config, FacetColumns columns) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state = reader.numDocs() == 0 ? null
                        : new DefaultSortedSetDocValuesReaderState(reader, config);
                return new FacetedSearcher(reader, state, columns);
            }
        };
    }
}
