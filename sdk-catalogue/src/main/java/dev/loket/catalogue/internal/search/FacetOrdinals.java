package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facet values of one reader as numbers: every value has an ordinal across the whole index
 * (Lucene's global ordinal), the values of one facet are a contiguous range of them. Built once per
 * reader, so a search counts into arrays and only turns the few values it shows into text.
 */
final class FacetOrdinals {

    private final String[] keys;
    private final byte[] facetOf;
    private final EnumMap<Facet, int[]> ranges = new EnumMap<>(Facet.class);
    private final EnumMap<Facet, Map<String, Integer>> byKey = new EnumMap<>(Facet.class);

    private FacetOrdinals(int size) {
        this.keys = new String[size];
        this.facetOf = new byte[size];
        java.util.Arrays.fill(facetOf, (byte) -1);
    }

    static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
        FacetOrdinals ordinals = new FacetOrdinals(state.getSize());
        SortedSetDocValues values = state.getDocValues();
        for (Facet facet : Facet.values()) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(LuceneFields.dimension(facet));
            if (range == null) {
                continue;
            }
            ordinals.ranges.put(facet, new int[] {range.start, range.end});
            Map<String, Integer> keys = new HashMap<>();
            for (int ord = range.start; ord <= range.end; ord++) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                ordinals.keys[ord] = path[1];
                ordinals.facetOf[ord] = (byte) facet.ordinal();
                keys.put(path[1], ord);
            }
            ordinals.byKey.put(facet, keys);
        }
        return ordinals;
    }

    /** How many ordinals there are (all facets). */
    int size() {
        return keys.length;
    }

    String key(int ord) {
        return keys[ord];
    }

    /** The facet's number ({@link Facet#ordinal()}) of a value, -1 for a value of no facet. */
    int facet(int ord) {
        return facetOf[ord];
    }

    /** The first and the last ordinal of a facet's values; empty when no product has a value of it. */
    Optional<int[]> range(Facet facet) {
        return Optional.ofNullable(ranges.get(facet));
    }

    /** The ordinal of a facet's value; -1 when no product has it. */
    int ordinal(Facet facet, String key) {
        Integer ord = byKey.getOrDefault(facet, Map.of()).get(key);
        return ord == null ? -1 : ord;
    }
}
