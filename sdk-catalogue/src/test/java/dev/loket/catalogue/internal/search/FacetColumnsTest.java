package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way a segment holds a facet (one value per document, a bit set per value, a list per
 * document) counts the same as counting every document's values one by one.
 */
class FacetColumnsTest {

    private static final int DOCUMENTS = 3_000;
    private static final int MANY_LIFE_EVENTS = FacetColumns.BIT_SETS_UP_TO + 6;

    @Test
    void everyKindOfColumnCountsWhatTheDocumentsHave() throws IOException {
        Random random = new Random(7);
        List<Map<Facet, List<String>>> given = new ArrayList<>();
        for (int doc = 0; doc < DOCUMENTS; doc++) {
            Map<Facet, List<String>> values = new HashMap<>();
            // Agency: one value each (or none); channel: a few of 5; life event: a few of 70.
            if (random.nextInt(10) > 0) {
                values.put(Facet.AGENCY, List.of("agency-" + random.nextInt(200)));
            }
            values.put(Facet.CHANNEL, distinct(random, 5, 1 + random.nextInt(3), "channel-"));
            values.put(Facet.LIFE_EVENT, distinct(random, MANY_LIFE_EVENTS, random.nextInt(4), "event-"));
            given.add(values);
        }
        FixedBitSet counted = new FixedBitSet(DOCUMENTS);
        for (int doc = 0; doc < DOCUMENTS; doc++) {
            if (random.nextInt(3) == 0) {
                counted.set(doc);
            }
        }

        FacetColumns.Segment columns = columnsOf(given);

        assertThat(columns.columns().get(Facet.AGENCY)).isInstanceOf(FacetColumns.OneValue.class);
        assertThat(columns.columns().get(Facet.CHANNEL)).isInstanceOf(FacetColumns.BitSets.class);
        assertThat(columns.columns().get(Facet.LIFE_EVENT)).isInstanceOf(FacetColumns.Lists.class);
        assertThat(columns.columns()).doesNotContainKey(Facet.PAYMENT_METHOD);
        for (Facet facet : List.of(Facet.AGENCY, Facet.CHANNEL, Facet.LIFE_EVENT)) {
            int[] counts = new int[columns.valueCount()];
            columns.columns().get(facet).count(counted, counts);

            Map<String, Integer> expected = new HashMap<>();
            for (int doc = 0; doc < DOCUMENTS; doc++) {
                if (counted.get(doc)) {
                    given.get(doc).getOrDefault(facet, List.of()).forEach(key -> expected.merge(key, 1, Integer::sum));
                }
            }
            Map<String, Integer> actual = new HashMap<>();
            columns.ordinals().forEach((path, ord) -> {
                String[] parts = FacetsConfig.stringToPath(path);
                if (parts[0].equals(LuceneFields.dimension(facet)) && counts[ord] > 0) {
                    actual.put(parts[1], counts[ord]);
                }
            });
            assertThat(actual).as(facet.name()).isEqualTo(expected);
        }
    }

    @Test
    void aFilterOnAFacetOfBitSetsIsTheUnionOfItsValues() throws IOException {
        List<Map<Facet, List<String>>> given = List.of(
                Map.of(Facet.CHANNEL, List.of("ONLINE")),
                Map.of(Facet.CHANNEL, List.of("COUNTER", "PHONE")),
                Map.of(Facet.CHANNEL, List.of("ONLINE", "COUNTER")),
                Map.of(Facet.CHANNEL, List.of("POST")));

        FixedBitSet kept = columnsOf(given).withAnyOf(Facet.CHANNEL, List.of("ONLINE", "PHONE", "CHAT")).orElseThrow();

        assertThat(List.of(kept.get(0), kept.get(1), kept.get(2), kept.get(3))).containsExactly(true, true, true, false);
    }

    @Test
    void aFacetOfOneValuePerDocumentIsFilteredByItsPostingsInstead() throws IOException {
        FacetColumns.Segment columns = columnsOf(List.of(Map.of(Facet.AGENCY, List.of("utrecht"))));

        assertThat(columns.withAnyOf(Facet.AGENCY, List.of("utrecht"))).isEmpty();
    }

    private static FacetColumns.Segment columnsOf(List<Map<Facet, List<String>>> documents) throws IOException {
        FacetsConfig config = LuceneFields.facetsConfig();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (Map<Facet, List<String>> values : documents) {
                    Document document = new Document();
                    values.forEach((facet, keys) -> keys.forEach(key ->
                            document.add(new SortedSetDocValuesFacetField(LuceneFields.dimension(facet), key))));
                    writer.addDocument(config.build(document));
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return new FacetColumns().of(reader.leaves().get(0).reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            }
        }
    }

    private static List<String> distinct(Random random, int of, int count, String prefix) {
        List<String> keys = new ArrayList<>();
        while (keys.size() < Math.min(count, of)) {
            String key = prefix + random.nextInt(of);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
