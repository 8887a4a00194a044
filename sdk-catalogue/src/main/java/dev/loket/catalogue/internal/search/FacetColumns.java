package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The facet values of every document, per index segment and per facet, held the way that facet
 * counts fastest. Counting is the largest cost of a search, and what it pays for is memory: a match's
 * values read from one array of every document's values are a cache miss or two per match. So:
 * <ul>
 *   <li>a facet with at most one value per document (agency, municipality) is one array of that
 *       value per document, read only for the documents counted in that facet;</li>
 *   <li>a facet of few values (channel, audience, payment method, life event) is a bit set of
 *       documents per value, counted for a whole set of documents at once by intersecting bit sets,
 *       without looking at a document;</li>
 *   <li>any other facet keeps the list of values per document.</li>
 * </ul>
 * A segment never changes, so its columns are made once, when a reader with it opens, and dropped
 * when it closes; a refresh after a change only makes the columns of the new small segment.
 */
final class FacetColumns {

    /** Up to this many values, a multi-valued facet is a bit set per value (200,000 documents: 25 KiB each). */
    static final int BIT_SETS_UP_TO = 64;
    private static final Map<String, Facet> BY_DIMENSION = Arrays.stream(Facet.values())
            .collect(Collectors.toMap(LuceneFields::dimension, facet -> facet));

    /** How one segment holds one facet's values; ordinals are the segment's own. */
    sealed interface Column permits OneValue, BitSets, Lists {
        /** Adds one to {@code counts[ord]} for every value {@code ord} of every document in {@code documents}. */
        void count(FixedBitSet documents, int[] counts);

        long bytes();
    }

    /** At most one value per document: {@code ords[doc]}, or -1 for none. */
    record OneValue(int[] ords) implements Column {
        @Override
        public void count(FixedBitSet documents, int[] counts) {
            long[] words = documents.getBits();
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                while (word != 0) {
                    int ord = ords[(w << 6) | Long.numberOfTrailingZeros(word)];
                    word &= word - 1;
                    if (ord >= 0) {
                        counts[ord]++;
                    }
                }
            }
        }

        @Override
        public long bytes() {
            return 4L * ords.length;
        }
    }

    /** Few values: the documents of value {@code ords[i]} are {@code documents[i]}. */
    record BitSets(int[] ords, FixedBitSet[] documents) implements Column {
        @Override
        public void count(FixedBitSet counted, int[] counts) {
            for (int i = 0; i < ords.length; i++) {
                counts[ords[i]] += (int) FixedBitSet.intersectionCount(counted, documents[i]);
            }
        }

        @Override
        public long bytes() {
            return Arrays.stream(documents).mapToLong(FixedBitSet::ramBytesUsed).sum();
        }
    }

    /** The values of document {@code d} are {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]}. */
    record Lists(int[] starts, int[] ords) implements Column {
        @Override
        public void count(FixedBitSet documents, int[] counts) {
            long[] words = documents.getBits();
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                while (word != 0) {
                    int doc = (w << 6) | Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    for (int i = starts[doc]; i < starts[doc + 1]; i++) {
                        counts[ords[i]]++;
                    }
                }
            }
        }

        @Override
        public long bytes() {
            return 4L * (starts.length + ords.length);
        }
    }

    /**
     * One segment's columns, by facet (a facet no document of the segment has is absent), and the
     * segment's ordinal of each value ({@link FacetsConfig#pathToString(String, String)} of it).
     */
    record Segment(int maxDoc, int valueCount, EnumMap<Facet, Column> columns, Map<String, Integer> ordinals) {
        long bytes() {
            return columns.values().stream().mapToLong(Column::bytes).sum();
        }

        /**
         * The documents with any of these values of the facet, when the segment holds it as bit sets;
         * empty otherwise (then a filter's postings are the quicker way to the same set).
         */
        Optional<FixedBitSet> withAnyOf(Facet facet, Collection<String> keys) {
            if (!(columns.get(facet) instanceof BitSets bitSets)) {
                return Optional.empty();
            }
            FixedBitSet documents = new FixedBitSet(maxDoc);
            for (String key : keys) {
                Integer ord = ordinals.get(FacetsConfig.pathToString(LuceneFields.dimension(facet), key));
                int at = ord == null ? -1 : Arrays.binarySearch(bitSets.ords(), ord);
                if (at >= 0) {
                    documents.or(bitSets.documents()[at]);
                }
            }
            return Optional.of(documents);
        }
    }

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** The segment's columns, made on first use. */
    Segment of(LeafReader reader, String field) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader, field);
        }
        return segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(segments::remove);
            return read(reader, field);
        });
    }

    long bytes() {
        return segments.values().stream().mapToLong(Segment::bytes).sum();
    }

    private static Segment read(LeafReader reader, String field) {
        try {
            SortedSetDocValues values = DocValues.getSortedSet(reader, field);
            int valueCount = (int) values.getValueCount();
            int[] facetOf = new int[valueCount];
            Map<String, Integer> ordinals = new HashMap<>();
            for (int ord = 0; ord < valueCount; ord++) {
                String path = values.lookupOrd(ord).utf8ToString();
                Facet facet = BY_DIMENSION.get(FacetsConfig.stringToPath(path)[0]);
                facetOf[ord] = facet == null ? -1 : facet.ordinal();
                ordinals.put(path, ord);
            }
            int maxDoc = reader.maxDoc();
            int facets = Facet.values().length;
            // Every document's values first (sorted, so one facet's values are together), then each facet's column.
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc * 8)];
            int[] mostPerDocument = new int[facets];
            int[] inDocument = new int[facets];
            int n = 0;
            int next = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                while (next <= doc) {
                    starts[next++] = n;
                }
                int count = values.docValueCount();
                if (n + count > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(n + count, ords.length * 2));
                }
                Arrays.fill(inDocument, 0);
                for (int i = 0; i < count; i++) {
                    int ord = (int) values.nextOrd();
                    ords[n++] = ord;
                    if (facetOf[ord] >= 0) {
                        inDocument[facetOf[ord]]++;
                    }
                }
                for (int f = 0; f < facets; f++) {
                    mostPerDocument[f] = Math.max(mostPerDocument[f], inDocument[f]);
                }
            }
            while (next <= maxDoc) {
                starts[next++] = n;
            }
            EnumMap<Facet, Column> columns = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                int[] facetOrds = IntStream.range(0, valueCount)
                        .filter(ord -> facetOf[ord] == facet.ordinal()).toArray();
                if (facetOrds.length == 0) {
                    continue;
                }
                int f = facet.ordinal();
                columns.put(facet, mostPerDocument[f] <= 1 ? oneValue(starts, ords, facetOf, f, maxDoc)
                        : facetOrds.length <= BIT_SETS_UP_TO ? bitSets(starts, ords, facetOrds, maxDoc)
                        : lists(starts, ords, facetOf, f, maxDoc));
            }
            return new Segment(maxDoc, valueCount, columns, Map.copyOf(ordinals));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the facet values of a segment", e);
        }
    }

    private static OneValue oneValue(int[] starts, int[] ords, int[] facetOf, int facet, int maxDoc) {
        int[] column = new int[maxDoc];
        Arrays.fill(column, -1);
        for (int doc = 0; doc < maxDoc; doc++) {
            for (int i = starts[doc]; i < starts[doc + 1]; i++) {
                if (facetOf[ords[i]] == facet) {
                    column[doc] = ords[i];
                }
            }
        }
        return new OneValue(column);
    }

    private static BitSets bitSets(int[] starts, int[] ords, int[] facetOrds, int maxDoc) {
        FixedBitSet[] documents = new FixedBitSet[facetOrds.length];
        int first = facetOrds[0];
        int[] indexOf = new int[facetOrds[facetOrds.length - 1] - first + 1];
        Arrays.fill(indexOf, -1);
        for (int i = 0; i < facetOrds.length; i++) {
            documents[i] = new FixedBitSet(maxDoc);
            indexOf[facetOrds[i] - first] = i;
        }
        for (int doc = 0; doc < maxDoc; doc++) {
            for (int i = starts[doc]; i < starts[doc + 1]; i++) {
                int at = ords[i] - first;
                if (at >= 0 && at < indexOf.length && indexOf[at] >= 0) {
                    documents[indexOf[at]].set(doc);
                }
            }
        }
        return new BitSets(facetOrds, documents);
    }

    private static Lists lists(int[] starts, int[] ords, int[] facetOf, int facet, int maxDoc) {
        int[] facetStarts = new int[maxDoc + 1];
        int[] facetOrds = new int[ords.length];
        int n = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            facetStarts[doc] = n;
            for (int i = starts[doc]; i < starts[doc + 1]; i++) {
                if (facetOf[ords[i]] == facet) {
                    facetOrds[n++] = ords[i];
                }
            }
        }
        facetStarts[maxDoc] = n;
        return new Lists(facetStarts, Arrays.copyOf(facetOrds, n));
    }
}
