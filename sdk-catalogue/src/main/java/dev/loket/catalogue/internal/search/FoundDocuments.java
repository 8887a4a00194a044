package dev.loket.catalogue.internal.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.util.Map;

/**
 * The documents a search has already found, per segment of one reader, as a filter clause. Counting
 * finds the hits (the words' matches that every filter keeps) as bit sets; ranking then scores only
 * those, instead of finding them again by walking the words' postings against a filter's (for a
 * common value such as cash, most of the index), which a profile showed as most of such a search.
 * Valid only for the reader it was made with.
 */
final class FoundDocuments extends Query {

    /** The hits of each segment, by {@link LeafReaderContext#ord}. */
    private final Map<Integer, FixedBitSet> segments;

    FoundDocuments(Map<Integer, FixedBitSet> segments) {
        this.segments = Map.copyOf(segments);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                FixedBitSet found = segments.get(context.ord);
                if (found == null) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(found, found.cardinality()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                // Another search's hits: never worth Lucene's query cache.
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "FoundDocuments(" + segments.size() + " segments)";
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
