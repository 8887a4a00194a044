package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetCount;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.SearchQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per facet value, as a search page offers them: the values with the most hits, every
 * selected value even when it has few, and a municipality's count including the services of
 * agencies that serve every municipality (so a count is what choosing that value gives).
 */
final class FacetCounting {

    private final Map<String, FacetValue> labels;

    FacetCounting(Map<String, FacetValue> labels) {
        this.labels = labels;
    }

    static String labelKey(Facet facet, String key) {
        return facet.parameter() + '\u0000' + key;
    }

    /**
     * The most frequent values of a facet in these counts (as many as the query asks), and the selected ones.
     * Only these few become text: the counting itself is in arrays of ordinals.
     */
    List<FacetCount> count(FacetOrdinals ordinals, SidewaysCounting.Counts counts, Facet facet, SearchQuery query) {
        int limit = query.facetValues();
        var range = ordinals.range(facet);
        if (range.isEmpty()) {
            return selectedOnly(facet, query);
        }
        int everywhereOrd = facet == Facet.MUNICIPALITY ? ordinals.ordinal(facet, LuceneFields.EVERY_MUNICIPALITY) : -1;
        long everywhere = everywhereOrd < 0 ? 0 : counts.count(everywhereOrd);
        int start = range.get()[0];
        int end = range.get()[1];
        // Highest count first, then the lowest ordinal (the key's order), as Lucene's top children.
        long[] ranked = new long[end - start + 1];
        int n = 0;
        for (int ord = start; ord <= end; ord++) {
            long count = counts.count(ord);
            if (count > 0 && ord != everywhereOrd) {
                ranked[n++] = (count << 32) | (Integer.MAX_VALUE - ord);
            }
        }
        Arrays.sort(ranked, 0, n);
        Map<String, Long> byKey = new LinkedHashMap<>();
        for (int i = n - 1; i >= 0 && byKey.size() < limit; i--) {
            int ord = Integer.MAX_VALUE - (int) (ranked[i] & 0xFFFF_FFFFL);
            byKey.put(ordinals.key(ord), ranked[i] >>> 32);
        }
        for (String selected : query.filter(facet)) {
            byKey.computeIfAbsent(selected, key -> {
                int ord = ordinals.ordinal(facet, key);
                // A selected value no product has (any more): nothing to count.
                return ord < 0 ? 0 : counts.count(ord);
            });
        }
        List<FacetCount> result = new ArrayList<>(byKey.size());
        for (Map.Entry<String, Long> entry : byKey.entrySet()) {
            result.add(new FacetCount(entry.getKey(), label(facet, entry.getKey(), query),
                    entry.getValue() + everywhere, query.filter(facet).contains(entry.getKey())));
        }
        result.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return result;
    }

    List<FacetCount> selectedOnly(Facet facet, SearchQuery query) {
        return query.filter(facet).stream()
                .map(key -> new FacetCount(key, label(facet, key, query), 0, true))
                .sorted(Comparator.comparing(FacetCount::label))
                .toList();
    }

    private String label(Facet facet, String key, SearchQuery query) {
        FacetValue value = labels.get(labelKey(facet, key));
        return value == null ? key : value.label(query.language());
    }
}
