package dev.loket.benchmarks;

import dev.loket.consent.ConsentRequest;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.PurposeRegistry;
import dev.loket.core.Channel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consent events written durably to PostgreSQL: each operation gives consent for a new subject,
 * which reads the subject's chain and inserts one hash-chained event in its own committed
 * transaction. Eight threads, as requests arrive at an application server; PostgreSQL commits them
 * with group commit. Goal: at least 5,000 events a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(8)
public class ConsentEventBenchmark {

    private DurablePostgres database;
    private ConsentStore store;
    private final AtomicLong subjects = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        database = new DurablePostgres(16);
        PurposeRegistry purposes = GuardBenchmark.purposes();
        store = ConsentStore.onDatabase(database.dataSource, purposes, Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        database.close();
    }

    @Benchmark
    public Object giveConsent() {
        return store.give(ConsentRequest.of("ps-bench-" + subjects.incrementAndGet(), GuardBenchmark.CONTROLLER,
                GuardBenchmark.NEWSLETTER, "v1", Channel.WEB));
    }
}
