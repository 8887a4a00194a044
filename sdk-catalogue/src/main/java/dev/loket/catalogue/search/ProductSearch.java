package dev.loket.catalogue.search;

/**
 * Searches the catalogue: words as people type them (synonyms, typos and Dutch word forms are the
 * search's problem, not theirs), narrowed by filters, with counts per facet value so a page can
 * offer the next filter. Thread-safe.
 */
public interface ProductSearch {

    /**
     * @param query what to look for; an empty text finds everything the filters allow
     * @return one page of hits, best first, and the facet counts of the whole result
     */
    SearchResult search(SearchQuery query);

    /**
     * Every value of a facet that products have, sorted by name in the language: the choices of a
     * filter that lists them all (every municipality), not only the most frequent.
     */
    java.util.List<FacetValue> values(Facet facet, dev.loket.core.Language language);

    /**
     * A number that changes whenever what a search finds may have changed (a product put or
     * removed and visible, everything replaced): an answer kept under one generation is still the
     * answer until it changes. Read it <em>before</em> searching, so a kept answer is never older
     * than its generation. Empty when this search cannot tell; then no answer may be kept.
     */
    default java.util.OptionalLong generation() {
        return java.util.OptionalLong.empty();
    }
}
