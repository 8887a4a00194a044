package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.search.Facet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Counts a search in one pass over what its words match (drill sideways, as Lucene's
 * {@code DrillSideways} does, without a search per selected facet). Per match, its facet values are
 * read once: a match that passes every filter is a hit, counted in every facet; a match that fails
 * exactly one facet's filter is counted in that facet only, so that facet's counts show what
 * choosing another of its values would give. Matches that fail two filters count nowhere. Nothing
 * is scored here: ranking is a search of its own that may skip what cannot reach the page.
 */
final class SidewaysCounting implements CollectorManager<SidewaysCounting.Counter, SidewaysCounting.Counts> {

    /** The counts of a search: hits per value, and for a filtered facet the near misses too. */
    static final class Counts {
        final int[] hits;
        final int[] nearMisses;
        int total;

        Counts(int size) {
            this.hits = new int[size];
            this.nearMisses = new int[size];
        }

        /** What choosing this value gives: for a filtered facet, its near misses count too. */
        long count(int ord, boolean filteredFacet) {
            return filteredFacet ? hits[ord] + nearMisses[ord] : hits[ord];
        }
    }

    private final FacetOrdinals ordinals;
    private final FacetedSearcher searcher;
    private final OrdinalMap globalOrdinals;
    /** Per ordinal, the bit of the filtered facet that it satisfies (0 when it satisfies none). */
    private final int[] satisfies;
    /** The bits of all filtered facets: a hit satisfies each. */
    private final int required;

    /**
     * @param filters the values kept per facet; a municipality filter also keeps the services for
     *                every municipality
     */
    SidewaysCounting(FacetedSearcher searcher, Map<Facet, Set<String>> filters) throws IOException {
        this.ordinals = searcher.ordinals();
        this.searcher = searcher;
        SortedSetDocValues all = searcher.facets().get().getDocValues();
        this.globalOrdinals = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.satisfies = new int[ordinals.size()];
        int bits = 0;
        for (Map.Entry<Facet, Set<String>> filter : filters.entrySet()) {
            Facet facet = filter.getKey();
            int bit = 1 << facet.ordinal();
            bits |= bit;
            for (String key : filter.getValue()) {
                int ord = ordinals.ordinal(facet, key);
                if (ord >= 0) {
                    satisfies[ord] |= bit;
                }
            }
            if (facet == Facet.MUNICIPALITY) {
                int everywhere = ordinals.ordinal(facet, LuceneFields.EVERY_MUNICIPALITY);
                if (everywhere >= 0) {
                    satisfies[everywhere] |= bit;
                }
            }
        }
        this.required = bits;
    }

    @Override
    public Counter newCollector() {
        Counter counter = new Counter();
        return counter;
    }

    @Override
    public Counts reduce(Collection<Counter> collectors) throws IOException {
        Counts sum = new Counts(ordinals.size());
        for (Counter counter : collectors) {
            for (int i = 0; i < sum.hits.length; i++) {
                sum.hits[i] += counter.counts.hits[i];
                sum.nearMisses[i] += counter.counts.nearMisses[i];
            }
            sum.total += counter.counts.total;
        }
        return sum;
    }

    /** Counts one slice of the index. */
    final class Counter implements Collector {
        final Counts counts = new Counts(ordinals.size());

        @Override
        public ScoreMode scoreMode() {
            // Every match, never skipped: the counts need them all; no scores.
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            DocumentOrdinals.Segment segment = searcher.documentOrdinals(context);
            int[] starts = segment.starts();
            int[] segmentOrds = segment.ords();
            LongValues global = globalOrdinals == null ? LongValues.IDENTITY : globalOrdinals.getGlobalOrds(context.ord);
            int[] hits = counts.hits;
            int[] nearMisses = counts.nearMisses;
            return new LeafCollector() {
                private int[] ords = new int[16];

                @Override
                public void setScorer(Scorable scorer) {
                    // Counting needs no scores.
                }

                @Override
                public void collect(int doc) throws IOException {
                    int from = starts[doc];
                    int n = starts[doc + 1] - from;
                    int satisfied = 0;
                    if (n > ords.length) {
                        ords = new int[Math.max(n, ords.length * 2)];
                    }
                    for (int i = 0; i < n; i++) {
                        int ord = (int) global.get(segmentOrds[from + i]);
                        ords[i] = ord;
                        satisfied |= satisfies[ord];
                    }
                    int missed = required & ~satisfied;
                    if (missed == 0) {
                        counts.total++;
                        for (int i = 0; i < n; i++) {
                            hits[ords[i]]++;
                        }
                    } else if ((missed & (missed - 1)) == 0) {
                        int facet = Integer.numberOfTrailingZeros(missed);
                        for (int i = 0; i < n; i++) {
                            if (ordinals.facet(ords[i]) == facet) {
                                nearMisses[ords[i]]++;
                            }
                        }
                    }
                }
            };
        }
    }
}
