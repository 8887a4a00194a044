package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts a search in sets of documents, drill sideways as Lucene's {@code DrillSideways} does but
 * without a search per selected facet. Per segment: the documents the words match, and per filtered
 * facet the documents its filter keeps, each a bit set. The hits are the matches every filter keeps;
 * an unfiltered facet is counted over the hits, a filtered facet over the matches that all
 * <em>other</em> filters keep, so its counts show what choosing another of its values would give.
 * Counting a set is {@link FacetColumns}' work. Nothing is scored here: ranking is a search of its
 * own that may skip what cannot reach the page.
 */
final class SidewaysCounting {

    /** The counts of a search, by global ordinal, how many hits it has, and which. */
    static final class Counts {
        private final int[] counts;
        private final Map<Integer, FixedBitSet> hits = new HashMap<>();
        private int total;

        Counts(int size) {
            this.counts = new int[size];
        }

        /** What choosing this value gives (for a filtered facet: with the other facets' filters only). */
        long count(int ord) {
            return counts[ord];
        }

        int total() {
            return total;
        }

        /** The hits, as a filter clause for the ranking of the same reader. */
        Query found() {
            return new FoundDocuments(hits);
        }
    }

    private final FacetedSearcher searcher;
    private final OrdinalMap globalOrdinals;
    private final Map<Facet, Set<String>> chosen;
    private final Map<Facet, Query> filters;
    /** A filter's query made ready to walk, only when a segment cannot give its documents from its columns. */
    private final EnumMap<Facet, List<Weight>> filterWeights = new EnumMap<>(Facet.class);

    /**
     * @param chosen  per filtered facet, the values it keeps (a municipality's also keeps the services for every one)
     * @param filters per filtered facet, the query of what its filter keeps
     */
    SidewaysCounting(FacetedSearcher searcher, Map<Facet, Set<String>> chosen, Map<Facet, Query> filters)
            throws IOException {
        this.searcher = searcher;
        this.chosen = new EnumMap<>(Facet.class);
        chosen.forEach((facet, keys) -> {
            Set<String> kept = new HashSet<>(keys);
            if (facet == Facet.MUNICIPALITY) {
                kept.add(LuceneFields.EVERY_MUNICIPALITY);
            }
            this.chosen.put(facet, kept);
        });
        SortedSetDocValues all = searcher.facets().get().getDocValues();
        this.globalOrdinals = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.filters = filters;
    }

    /** Counts every match of the words (rewritten: typo expansion done). */
    Counts count(Query words) throws IOException {
        List<Weight> matching = parts(searcher, words);
        Counts counts = new Counts(searcher.ordinals().size());
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            count(segment, matching, counts);
        }
        return counts;
    }

    private void count(LeafReaderContext segment, List<Weight> matching, Counts counts) throws IOException {
        FixedBitSet matches = documents(segment, matching);
        Bits live = segment.reader().getLiveDocs();
        if (live != null) {
            for (int doc = matches.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < matches.length() ? matches.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (!live.get(doc)) {
                    matches.clear(doc);
                }
            }
        }
        FacetColumns.Segment columns = searcher.facetColumns(segment);
        EnumMap<Facet, FixedBitSet> kept = new EnumMap<>(Facet.class);
        for (Facet facet : filters.keySet()) {
            // A common value's postings are long (cash: most products); its bit set is at hand.
            Optional<FixedBitSet> fromColumns = columns.withAnyOf(facet, chosen.getOrDefault(facet, Set.of()));
            kept.put(facet, fromColumns.isPresent() ? fromColumns.get() : documents(segment, filterWeights(facet)));
        }
        FixedBitSet hits = keptByAllBut(matches, kept, null);
        counts.total += hits.cardinality();
        counts.hits.put(segment.ord, hits);

        int[] segmentCounts = new int[columns.valueCount()];
        for (Map.Entry<Facet, FacetColumns.Column> column : columns.columns().entrySet()) {
            Facet facet = column.getKey();
            column.getValue().count(kept.containsKey(facet) ? keptByAllBut(matches, kept, facet) : hits, segmentCounts);
        }
        LongValues global = globalOrdinals == null ? LongValues.IDENTITY : globalOrdinals.getGlobalOrds(segment.ord);
        for (int ord = 0; ord < segmentCounts.length; ord++) {
            if (segmentCounts[ord] != 0) {
                counts.counts[(int) global.get(ord)] += segmentCounts[ord];
            }
        }
    }

    private List<Weight> filterWeights(Facet facet) throws IOException {
        List<Weight> weights = filterWeights.get(facet);
        if (weights == null) {
            weights = parts(searcher, filters.get(facet));
            filterWeights.put(facet, weights);
        }
        return weights;
    }

    /** The matches that every filter keeps, but that of {@code except} (null: every filter). */
    private static FixedBitSet keptByAllBut(FixedBitSet matches, EnumMap<Facet, FixedBitSet> kept, Facet except) {
        FixedBitSet result = matches.clone();
        kept.forEach((facet, documents) -> {
            if (facet != except) {
                result.and(documents);
            }
        });
        return result;
    }

    /**
     * The documents of a segment that a query matches, as a bit set (deleted ones included). The
     * words are one wide disjunction (each word in four fields, its synonyms, exact names, typo
     * corrections); each part is walked on its own into the set, which is cheaper than Lucene's
     * merging of them when neither scores nor order matter.
     */
    private static FixedBitSet documents(LeafReaderContext segment, List<Weight> parts) throws IOException {
        FixedBitSet documents = new FixedBitSet(segment.reader().maxDoc());
        for (Weight part : parts) {
            if (part.getQuery() instanceof MatchAllDocsQuery) {
                documents.set(0, documents.length());
                continue;
            }
            Scorer scorer = part.scorer(segment);
            if (scorer != null) {
                documents.or(scorer.iterator());
            }
        }
        return documents;
    }

    /** The parts of a disjunction (through boosts and nested disjunctions), ready to be walked unscored. */
    private static List<Weight> parts(IndexSearcher searcher, Query query) throws IOException {
        List<Query> disjuncts = new ArrayList<>();
        flatten(query, disjuncts);
        List<Weight> weights = new ArrayList<>(disjuncts.size());
        for (Query part : disjuncts) {
            weights.add(searcher.createWeight(searcher.rewrite(part), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        return weights;
    }

    private static void flatten(Query query, List<Query> parts) {
        if (query instanceof BoostQuery boost) {
            flatten(boost.getQuery(), parts);
        } else if (query instanceof BooleanQuery bool && isPureDisjunction(bool)) {
            bool.clauses().forEach(clause -> flatten(clause.getQuery(), parts));
        } else {
            parts.add(query);
        }
    }

    private static boolean isPureDisjunction(BooleanQuery query) {
        return query.getMinimumNumberShouldMatch() == 0 && !query.clauses().isEmpty()
                && query.clauses().stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD);
    }
}
