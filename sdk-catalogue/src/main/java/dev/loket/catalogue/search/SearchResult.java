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
 * @param lifeEvents the life events the words are about ("portemonnee gestolen": the stolen wallet),
 *                   to offer before the hits; their services are among the hits, ranked high
 */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits,
                           Map<Facet, List<FacetCount>> facets, List<FacetValue> lifeEvents) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        lifeEvents = List.copyOf(lifeEvents);
    }

    /** A page that no life event fits. */
    public SearchResult(long total, int page, int pageSize, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
        this(total, page, pageSize, hits, facets, List.of());
    }

    /** The number of pages there are. */
    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
