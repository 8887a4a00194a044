package dev.loket.benchmarks;

import dev.loket.consent.ConsentRequest;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.Decision;
import dev.loket.consent.LawfulBasisGuard;
import dev.loket.consent.PurposeRegistry;
import dev.loket.consent.internal.ConsentSchema;
import dev.loket.core.Channel;
import dev.loket.core.persistence.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The lawful-basis guard's answer, as prefill and eligibility ask it: for a subject among 10,000
 * with consent on record (the store is read once per consent, then the cache answers, kept current
 * by the store), and for a purpose on a public task (no consent to look up). Sample time, so JMH
 * reports percentiles; goal: p99 at most 50 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(2)
public class GuardBenchmark {

    static final String CONTROLLER = "gemeente-bench";
    static final String NEWSLETTER = "nieuwsbrief";
    static final String SUPPORT = "bijzondere-bijstand";
    private static final int SUBJECTS = 10_000;
    private static final Set<String> EMAIL = Set.of("email");
    private static final Set<String> INCOME = Set.of("income", "household");

    private LawfulBasisGuard guard;

    static PurposeRegistry purposes() {
        String json = """
                {"purposes": [
                  {"id": "nieuwsbrief", "controller": "gemeente-bench", "description": {"nl": "Nieuwsbrief"},
                   "basis": "CONSENT", "dataCategories": ["email"], "retention": "P1Y"},
                  {"id": "bijzondere-bijstand", "controller": "gemeente-bench", "description": {"nl": "Bijstand"},
                   "basis": "PUBLIC_TASK", "legalReference": {"law": "Participatiewet", "article": "art. 35"},
                   "dataCategories": ["income", "household"], "retention": "P7Y"}]}
                """;
        return PurposeRegistry.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "benchmark");
    }

    @Setup(Level.Trial)
    public void recordConsents() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:guard-benchmark;DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(dataSource, new ConsentSchema());
        PurposeRegistry purposes = purposes();
        ConsentStore store = ConsentStore.onDatabase(dataSource, purposes, Clock.systemUTC());
        for (int i = 0; i < SUBJECTS; i++) {
            store.give(ConsentRequest.of("ps-guard-" + i, CONTROLLER, NEWSLETTER, "v1", Channel.WEB));
        }
        guard = new LawfulBasisGuard(purposes, store, Clock.systemUTC());
    }

    @Benchmark
    public Decision consentOfOneOfManySubjects() {
        return guard.decide(CONTROLLER, NEWSLETTER, EMAIL, "ps-guard-" + ThreadLocalRandom.current().nextInt(SUBJECTS));
    }

    @Benchmark
    public Decision publicTask() {
        return guard.decide(CONTROLLER, SUPPORT, INCOME, "ps-guard-1");
    }
}
