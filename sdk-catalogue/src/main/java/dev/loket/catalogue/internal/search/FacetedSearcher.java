package dev.loket.catalogue.internal.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A searcher with the facet state of its reader. The state maps facet values to ordinals across
 * segments; it is built once per reader (on every refresh), not per search, and so are the
 * {@link FacetOrdinals} that a search counts into.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facets;
    private final FacetOrdinals ordinals;
    /** The counts of everything (no words, no filter: the browse page), counted once per reader. */
    private volatile SidewaysCounting.Counts everything;

    private final DocumentOrdinals documents;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facets, DocumentOrdinals documents)
            throws IOException {
        super(reader);
        this.facets = facets;
        this.ordinals = facets == null ? null : FacetOrdinals.of(facets);
        this.documents = documents;
        if (facets != null) {
            // Made now, as the reader opens, so that no search waits for them.
            for (LeafReaderContext leaf : reader.leaves()) {
                documents.of(leaf.reader(), facets.getField());
            }
        }
    }

    /** The facet ordinals of each document of a segment of this reader. */
    DocumentOrdinals.Segment documentOrdinals(LeafReaderContext leaf) {
        return documents.of(leaf.reader(), facets.getField());
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
            counted = search(new MatchAllDocsQuery(), new SidewaysCounting(this, Map.of()));
            everything = counted;
        }
        return counted;
    }

    static SearcherFactory factory(FacetsConfig config, DocumentOrdinals documents) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state = reader.numDocs() == 0 ? null
                        : new DefaultSortedSetDocValuesReaderState(reader, config);
                return new FacetedSearcher(reader, state, documents);
            }
        };
    }
}
