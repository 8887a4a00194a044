package dev.loket.catalogue.web;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a search from the query string that both the API and the search page use:
 * {@code q}, one parameter per facet ({@code agency}, {@code municipality}, {@code lifeEvent},
 * {@code channel}, {@code audience}, {@code payment}, each repeatable), {@code page}, {@code pageSize} and
 * {@code facetValues} (values counted out per facet).
 * A value that cannot be right is a validation problem with a message per parameter, never a 500.
 */
final class SearchRequests {

    static final int DEFAULT_PAGE_SIZE = 10;
    private static final int MAX_VALUES_PER_FACET = 50;
    private static final Pattern FACET_VALUE = Pattern.compile("[\\p{L}\\p{N}._:/*-]{1,200}");

    private SearchRequests() {
    }

    /** A query with the values per facet that a page shows ({@value SearchQuery#DEFAULT_FACET_VALUES}) unless asked otherwise. */
    static SearchQuery read(MultivaluedMap<String, String> parameters, Language language) {
        return read(parameters, language, SearchQuery.DEFAULT_FACET_VALUES);
    }

    /** @param facetValues values per facet when the request does not say */
    static SearchQuery read(MultivaluedMap<String, String> parameters, Language language, int facetValues) {
        List<FieldError> errors = new ArrayList<>();
        String text = parameters.getFirst("q") == null ? "" : parameters.getFirst("q");
        if (text.strip().length() > SearchQuery.MAX_TEXT_LENGTH) {
            errors.add(error("/q", "search.invalid.text", SearchQuery.MAX_TEXT_LENGTH));
            text = "";
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (!FACET_VALUE.matcher(value).matches() || kept.size() >= MAX_VALUES_PER_FACET) {
                    errors.add(error("/" + facet.parameter(), "search.invalid.filter"));
                    break;
                }
                kept.add(value);
            }
            filters.put(facet, kept);
        }
        int pageSize = number(parameters.getFirst("pageSize"), DEFAULT_PAGE_SIZE, 1, SearchQuery.MAX_PAGE_SIZE,
                "/pageSize", errors);
        int page = number(parameters.getFirst("page"), 1, 1, SearchQuery.MAX_DEPTH / pageSize, "/page", errors);
        int values = number(parameters.getFirst("facetValues"), facetValues, 1, SearchQuery.MAX_FACET_VALUES,
                "/facetValues", errors);
        if (!errors.isEmpty()) {
            throw new LoketException(ProblemType.VALIDATION, Message.of(SearchDocuments.BUNDLE, "search.invalid"), errors);
        }
        return new SearchQuery(text, language, filters, page, pageSize, values);
    }

    private static int number(String raw, int fallback, int min, int max, String pointer, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add(error(pointer, "search.invalid.number", min, max));
        return fallback;
    }

    private static FieldError error(String pointer, String key, Object... args) {
        return new FieldError(pointer, Message.of(SearchDocuments.BUNDLE, key, args));
    }
}
