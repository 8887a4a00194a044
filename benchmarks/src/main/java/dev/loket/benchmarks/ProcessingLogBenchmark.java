package dev.loket.benchmarks;

import dev.loket.consent.LegalBasis;
import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingLog;
import dev.loket.consent.log.TraceContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Processing log entries written durably to PostgreSQL through the queue and the batch writer:
 * each operation records 1,000 entries and waits until all are committed ({@code flush}), so the
 * score counts entries in the database, not entries queued. Goal: at least 20,000 a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(1)
public class ProcessingLogBenchmark {

    private static final int ENTRIES = 1_000;

    /** The driver setting {@code reWriteBatchedInserts} (docs/configuration.md recommends it for PostgreSQL). */
    @Param({"false", "true"})
    public boolean rewriteBatchedInserts;

    private DurablePostgres database;
    private ProcessingLog log;

    @Setup(Level.Trial)
    public void start() {
        database = new DurablePostgres(4, rewriteBatchedInserts);
        log = ProcessingLog.onDatabase(database.dataSource, ProcessingLog.Settings.DEFAULT);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        log.close();
        database.close();
    }

    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public void recordAndCommit() {
        TraceContext request = TraceContext.newTrace();
        Instant now = Instant.now();
        for (int i = 0; i < ENTRIES; i++) {
            log.record(ProcessingEntry.builder(request.newSpan(), "prefill-read")
                    .causedBy(request)
                    .purpose("gemeente-bench", "brp-prefill", LegalBasis.PUBLIC_TASK)
                    .categories(Set.of("naam.voornamen"))
                    .subject("ps-log-" + (i % 500))
                    .during(now, now)
                    .resource("benchmark")
                    .build());
        }
        log.flush(Duration.ofSeconds(60));
    }
}
