package dev.loket.catalogue.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param total    how many products match in all
 * @param page     the page shown, from 1
 * @param pageSize hits per page
 * @param hits     the hits on this page, best first
 * @param facets   per facet, the counts of its values, highest first. The counts of a facet leave that
 *                 facet's own filter out, so they show what choosing another value would give
 *                 (other facets' filters do apply)
 */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits,
                           Map<Facet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** The number of pages there are. */
    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
