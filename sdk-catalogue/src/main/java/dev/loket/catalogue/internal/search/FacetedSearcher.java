package dev.loket.catalogue.internal.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * A searcher with the facet state of its reader. The state maps facet values to ordinals across
 * segments; it is built once per reader (on every refresh), not per search.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facets;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facets) {
        super(reader);
        this.facets = facets;
    }

    /** The facet state; empty while the index holds no product yet. */
    Optional<SortedSetDocValuesReaderState> facets() {
        return Optional.ofNullable(facets);
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state = reader.numDocs() == 0 ? null
                        : new DefaultSortedSetDocValuesReaderState(reader, config);
                return new FacetedSearcher(reader, state);
            }
        };
    }
}
