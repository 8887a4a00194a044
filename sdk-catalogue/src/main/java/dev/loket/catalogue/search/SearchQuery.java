package dev.loket.catalogue.search;

import dev.loket.core.Language;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to search for.
 *
 * @param text     the words as typed; empty for everything the filters allow
 * @param language the language of the page: names and labels come in it, and its words rank higher
 * @param filters  per facet, the values to keep: a product passes when it has one of a facet's values
 *                 (or), for every facet that has values (and)
 * @param page     which page, from 1
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param facetValues how many values per facet to count out, most frequent first, 1 to
 *                 {@value #MAX_FACET_VALUES} (selected values come on top); {@value #DEFAULT_FACET_VALUES}
 *                 unless said otherwise
 */
public record SearchQuery(String text, Language language, Map<Facet, Set<String>> filters, int page, int pageSize,
                          int facetValues) {

    public static final int MAX_PAGE_SIZE = 100;
    /** How deep a search may page: nobody reads hit ten thousand, and deep pages cost the most. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_TEXT_LENGTH = 200;
    /** Values per facet a page shows: enough to choose from, few enough to read. */
    public static final int DEFAULT_FACET_VALUES = 25;
    public static final int MAX_FACET_VALUES = 100;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        text = text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("A search text has at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE || (long) page * pageSize > MAX_DEPTH) {
            throw new IllegalArgumentException("Page " + page + " of " + pageSize + " is out of range");
        }
        if (facetValues < 1 || facetValues > MAX_FACET_VALUES) {
            throw new IllegalArgumentException(facetValues + " values per facet is out of range");
        }
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
    }

    /** A query with the {@linkplain #DEFAULT_FACET_VALUES usual number} of values per facet. */
    public SearchQuery(String text, Language language, Map<Facet, Set<String>> filters, int page, int pageSize) {
        this(text, language, filters, page, pageSize, DEFAULT_FACET_VALUES);
    }

    /** The first page of ten hits for these words, without filters. */
    public static SearchQuery of(String text, Language language) {
        return new SearchQuery(text, language, Map.of(), 1, 10);
    }

    /** This query with one more value to keep for a facet. */
    public SearchQuery filter(Facet facet, String value) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        Set<String> values = new LinkedHashSet<>(copy.getOrDefault(facet, Set.of()));
        values.add(value);
        copy.put(facet, values);
        return new SearchQuery(text, language, copy, page, pageSize, facetValues);
    }

    /** This query on another page. */
    public SearchQuery page(int page, int pageSize) {
        return new SearchQuery(text, language, filters, page, pageSize, facetValues);
    }

    /** This query with another number of values per facet. */
    public SearchQuery facetValues(int facetValues) {
        return new SearchQuery(text, language, filters, page, pageSize, facetValues);
    }

    /** The values kept for a facet; empty when the facet does not filter. */
    public Set<String> filter(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
