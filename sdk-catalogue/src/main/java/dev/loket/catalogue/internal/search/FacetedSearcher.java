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
 * segments; it is built once per reader (on every refresh), not per search, and so are the
 * {@link FacetOrdinals} that a search counts into.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facets;
    private final FacetOrdinals ordinals;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facets) throws IOException {
        super(reader);
        this.facets = facets;
        this.ordinals = facets == null ? null : FacetOrdinals.of(facets);
    }

    /** The facet state; empty while the index holds no product yet. */
    Optional<SortedSetDocValuesReaderState> facets() {
        return Optional.ofNullable(facets);
    }

    /** The facet values as ordinals; only while {@link #facets()} is present. */
    FacetOrdinals ordinals() {
        return ordinals;
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
