package dev.loket.catalogue.internal.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facet ordinals of every document, per index segment, in plain arrays on the heap. Counting
 * reads every match's facet values; from these arrays that is several times faster than decoding
 * Lucene's doc values per document, which a profile showed as the largest cost of a search (about
 * 4 bytes per value: some 6 MiB at 200,000 products). A segment never changes, so its arrays are
 * made once, when a reader with it opens, and dropped when it closes; a refresh after a change only
 * makes the arrays of the new small segment.
 */
final class DocumentOrdinals {

    /** One segment's ordinals: those of document {@code d} are {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]}. */
    record Segment(int[] starts, int[] ords) {
        long bytes() {
            return 4L * (starts.length + ords.length);
        }
    }

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** The segment's ordinals (segment ordinals, not global ones), made on first use. */
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
            int maxDoc = reader.maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc * 8)];
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
                for (int i = 0; i < count; i++) {
                    ords[n++] = (int) values.nextOrd();
                }
            }
            while (next <= maxDoc) {
                starts[next++] = n;
            }
            return new Segment(starts, Arrays.copyOf(ords, n));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the facet values of a segment", e);
        }
    }
}
