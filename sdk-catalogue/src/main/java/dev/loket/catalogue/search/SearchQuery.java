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
 */
public record SearchQuery(String text, Language language, Map<Facet, Set<String>> filters, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    /** How deep a search may page: nobody reads hit ten thousand, and deep pages cost the most. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_TEXT_LENGTH = 200;

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
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
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
        return new SearchQuery(text, language, copy, page, pageSize);
    }

    /** This query on another page. */
    public SearchQuery page(int page, int pageSize) {
        return new SearchQuery(text, language, filters, page, pageSize);
    }

    /** The values kept for a facet; empty when the facet does not filter. */
    public Set<String> filter(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
