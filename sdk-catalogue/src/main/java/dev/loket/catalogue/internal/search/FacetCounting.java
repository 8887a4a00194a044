package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetCount;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.SearchQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts per facet value, as a search page offers them: the values with the most hits, every
 * selected value even when it has few, and a municipality's count including the services of
 * agencies that serve every municipality (so a count is what choosing that value gives).
 */
final class FacetCounting {

    /** Values shown per facet: enough to choose from, few enough to read. */
    static final int TOP_VALUES = 25;

    private final Map<String, FacetValue> labels;

    FacetCounting(Map<String, FacetValue> labels) {
        this.labels = labels;
    }

    static String labelKey(Facet facet, String key) {
        return facet.parameter() + '\u0000' + key;
    }

    /**
     * Counts every facet's values of the matching documents at once: one pass over them for all six
     * facets. Empty when the index has no facet values yet.
     */
    static Optional<SortedSetDocValuesFacetCounts> countAll(FacetedSearcher searcher, FacetsCollector collected)
            throws IOException {
        Optional<SortedSetDocValuesReaderState> state = searcher.facets();
        return state.isEmpty() ? Optional.empty() : Optional.of(new SortedSetDocValuesFacetCounts(state.get(), collected));
    }

    List<FacetCount> count(FacetedSearcher searcher, Optional<SortedSetDocValuesFacetCounts> all, Facet facet,
                           SearchQuery query) throws IOException {
        if (all.isEmpty() || searcher.facets().get().getOrdRange(LuceneFields.dimension(facet)) == null) {
            return selectedOnly(facet, query);
        }
        SortedSetDocValuesFacetCounts counts = all.get();
        String dimension = LuceneFields.dimension(facet);
        FacetResult top = counts.getTopChildren(TOP_VALUES + 1, dimension);
        long everywhere = 0;
        Map<String, Long> byKey = new LinkedHashMap<>();
        if (top != null) {
            for (LabelAndValue value : top.labelValues) {
                if (facet == Facet.MUNICIPALITY && value.label.equals(LuceneFields.EVERY_MUNICIPALITY)) {
                    everywhere = value.value.longValue();
                } else if (byKey.size() < TOP_VALUES) {
                    byKey.put(value.label, value.value.longValue());
                }
            }
        }
        if (facet == Facet.MUNICIPALITY && top != null && everywhere == 0 && top.labelValues.length > TOP_VALUES) {
            everywhere = specific(counts, dimension, LuceneFields.EVERY_MUNICIPALITY);
        }
        for (String selected : query.filter(facet)) {
            byKey.computeIfAbsent(selected, s -> specific(counts, dimension, s));
        }
        List<FacetCount> result = new ArrayList<>();
        for (Map.Entry<String, Long> entry : byKey.entrySet()) {
            result.add(new FacetCount(entry.getKey(), label(facet, entry.getKey(), query),
                    entry.getValue() + everywhere, query.filter(facet).contains(entry.getKey())));
        }
        result.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return result;
    }

    private List<FacetCount> selectedOnly(Facet facet, SearchQuery query) {
        return query.filter(facet).stream()
                .map(key -> new FacetCount(key, label(facet, key, query), 0, true))
                .sorted(Comparator.comparing(FacetCount::label))
                .toList();
    }

    private String label(Facet facet, String key, SearchQuery query) {
        FacetValue value = labels.get(labelKey(facet, key));
        return value == null ? key : value.label(query.language());
    }

    private static long specific(SortedSetDocValuesFacetCounts counts, String dimension, String key) {
        try {
            return counts.getSpecificValue(dimension, key).longValue();
        } catch (IllegalArgumentException | IOException e) {
            // A selected value no product has (any more): nothing to count.
            return 0;
        }
    }
}
