package dev.loket.catalogue.web;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetCount;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.catalogue.search.SearchHit;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.core.web.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search page: one GET form with the words and the facets as checkboxes, so it works without
 * JavaScript and every result page has an address to share or bookmark. Records are read by the
 * template as method calls.
 */
final class SearchPage {

    private SearchPage() {
    }

    /** One facet as a fieldset of checkboxes. */
    record FacetGroup(String parameter, String legend, List<FacetOption> options) {
    }

    /** One value of a facet. */
    record FacetOption(String id, String value, String label, long count, boolean checked) {
    }

    /** One hit. */
    record HitRow(String name, String summary, String agency, String municipality, String href) {
    }

    /** A link to a service or a life event: the most used before a search, the life event a search is about. */
    record Shortcut(String name, String description, String href) {
    }

    /** A link in the error summary to the field it is about. */
    record ErrorLink(String id, String label) {
    }

    /**
     * @param mostUsed   the most used services, shown before anything is searched
     * @param lifeEvents before a search, every life event; after, the ones the words are about
     */
    static Page of(String base, SearchQuery query, SearchResult result, Language language,
                   List<Shortcut> mostUsed, List<Shortcut> lifeEvents) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            List<FacetOption> options = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                FacetCount c = counts.get(i);
                options.add(new FacetOption("facet-" + facet.parameter() + "-" + i, c.key(), c.label(), c.count(),
                        c.selected()));
            }
            groups.add(new FacetGroup(facet.parameter(), label("facet." + facet.parameter(), language), options));
        }
        List<HitRow> hits = result.hits().stream().map(h -> hit(base, h)).toList();
        return Page.of("catalogue/search")
                .with("q", query.text())
                .with("facets", groups)
                .with("hits", hits)
                .with("total", result.total())
                .with("page", result.page())
                .with("pages", result.pages())
                .with("searched", searched(query))
                .with("mostUsed", mostUsed)
                .with("lifeEvents", lifeEvents)
                .with("previous", result.page() > 1 ? base + "/catalogue?" + queryString(query, result.page() - 1) : "")
                .with("next", result.page() < result.pages() ? base + "/catalogue?" + queryString(query, result.page() + 1) : "")
                .with("errors", List.of());
    }

    static Page withErrors(List<FieldError> errors, String q, Language language) {
        List<ErrorLink> links = errors.stream().map(e -> new ErrorLink("search-q", e.message().in(language))).toList();
        return Page.of("catalogue/search")
                .with("q", q.length() > SearchQuery.MAX_TEXT_LENGTH ? q.substring(0, SearchQuery.MAX_TEXT_LENGTH) : q)
                .with("facets", List.of()).with("hits", List.of()).with("total", 0L).with("page", 1).with("pages", 0L)
                .with("searched", false).with("previous", "").with("next", "")
                .with("mostUsed", List.of()).with("lifeEvents", List.of())
                .with("errors", links);
    }

    /** Whether the person searched (words or a filter), or opened the search page as it starts. */
    static boolean searched(SearchQuery query) {
        return !query.text().isEmpty() || !query.filters().isEmpty();
    }

    private static HitRow hit(String base, SearchHit hit) {
        String href = base + "/catalogue/product?id=" + encode(hit.productId());
        return new HitRow(hit.name(), hit.summary(), hit.agency(), hit.municipality().orElse(""), href);
    }

    static String queryString(SearchQuery query, int page) {
        StringBuilder qs = new StringBuilder("q=").append(encode(query.text()));
        for (Facet facet : Facet.values()) {
            for (String value : query.filter(facet)) {
                qs.append('&').append(facet.parameter()).append('=').append(encode(value));
            }
        }
        if (page > 1) {
            qs.append("&page=").append(page);
        }
        if (query.pageSize() != SearchRequests.DEFAULT_PAGE_SIZE) {
            qs.append("&pageSize=").append(query.pageSize());
        }
        if (query.facetValues() != SearchQuery.DEFAULT_FACET_VALUES) {
            qs.append("&facetValues=").append(query.facetValues());
        }
        return qs.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String label(String key, Language language) {
        return Message.of(SearchDocuments.BUNDLE, key).in(language);
    }

}
