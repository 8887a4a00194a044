package dev.loket.benchmarks;

import dev.loket.catalogue.internal.search.SyntheticCatalogue;
import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.ProductSearchIndex;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.core.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The catalogue's search at national scale: a Lucene index of about 200,000 products (342
 * municipalities with every municipal UPL name, plus national agencies), queried as a search page
 * does: words (with synonyms, typos, several words), a filter or two, and the counts of all six
 * facets every time. Sample time, so the figures include p99. The set-up prints the time to build
 * the index and the memory it uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CatalogueSearchBenchmark {

    @Param("200000")
    int products;

    private ProductSearchIndex index;
    private List<SearchQuery> queries;

    @Setup
    public void build() {
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        index = ProductSearchIndex.inMemory();
        index.rebuild(sink -> SyntheticCatalogue.generate(42, products, sink));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = usedHeap();
        System.out.printf("%nIndex of %,d products built in %,d ms; index %,d KiB (files + facet state), "
                        + "heap in use grew by %,d KiB%n", index.size(), millis, index.memoryBytes() / 1024,
                (heapAfter - heapBefore) / 1024);
        Language nl = Language.NL;
        queries = List.of(
                SearchQuery.of("paspoort", nl),
                SearchQuery.of("identiteitskart", nl),
                SearchQuery.of("ID-kaart", nl).filter(Facet.MUNICIPALITY, "GM0344"),
                SearchQuery.of("parkeervergunning", nl).filter(Facet.MUNICIPALITY, "GM0363"),
                SearchQuery.of("bijstand aanvragen", nl),
                SearchQuery.of("grofvuil", nl).filter(Facet.MUNICIPALITY, "GM0214"),
                SearchQuery.of("uittreksel", nl).filter(Facet.PAYMENT_METHOD, "CASH"),
                SearchQuery.of("rijbewijs", nl).filter(Facet.CHANNEL, "ONLINE").filter(Facet.AUDIENCE, "CITIZEN"),
                SearchQuery.of("omgevingsvergunning bouw", nl).filter(Facet.MUNICIPALITY, "GM1100"),
                SearchQuery.of("kwijtschelding", nl).filter(Facet.MUNICIPALITY, "GM0344").filter(Facet.PAYMENT_METHOD, "FREE"),
                SearchQuery.of("verhuizen", nl).filter(Facet.LIFE_EVENT, "verhuizen"),
                SearchQuery.of("afvalcontainer", nl).page(2, 10));
        for (SearchQuery query : queries) {
            SearchResult result = index.search(query);
            System.out.printf("  %-60s %,7d hits%n", query.text() + " " + query.filters().keySet(), result.total());
        }
    }

    @TearDown
    public void close() {
        index.close();
    }

    /** Each thread takes the queries in turn. */
    @State(Scope.Thread)
    public static class Turn {
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            next = 0;
        }
    }

    @Benchmark
    public SearchResult search(Turn turn) {
        SearchQuery query = queries.get(turn.next++ % queries.size());
        return index.search(query);
    }

    /** The worst case of a page: no words, no filter, all 200,000 counted in every facet. */
    @Benchmark
    public SearchResult browseEverything() {
        return index.search(SearchQuery.of("", Language.NL));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
