package dev.loket.catalogue.search;

/**
 * How many hits a filter on this value would give.
 *
 * @param key      the value, as used in {@link SearchQuery#filters()}
 * @param label    its name in the query's language
 * @param count    the number of products the search finds with this value added to the filters
 * @param selected whether the query already filters on this value
 */
public record FacetCount(String key, String label, long count, boolean selected) {
}
