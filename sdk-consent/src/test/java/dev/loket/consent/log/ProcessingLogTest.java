package dev.loket.consent.log;

import dev.loket.consent.ConsentProblems;
import dev.loket.consent.LegalBasis;
import dev.loket.consent.internal.ConsentSchema;
import dev.loket.core.LoketException;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.identity.Representation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ProcessingLogTest {

    static final String SUBJECT = "ps-7f3a9c";
    static final Instant NOON = Instant.parse("2026-03-01T12:00:00.123456Z");

    static DataSource migrated(TestDatabase database) {
        DataSource dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new ConsentSchema());
        return dataSource;
    }

    public static ProcessingEntry entry(TraceContext span, String subject) {
        return ProcessingEntry.builder(span, "prefill-read")
                .purpose("gemeente-voorbeeld", "brp-prefill-aanvraag", LegalBasis.PUBLIC_TASK)
                .categories(Set.of("naam.voornamen"))
                .subject(subject)
                .during(NOON, NOON.plusMillis(3))
                .build();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void keepsEveryFieldOfLogboekDataverwerkingenAndLinksToAnotherAgency(TestDatabase database) {
        TraceContext check = TraceContext.newTrace();
        TraceContext read = check.newSpan();
        ForeignOperation asked = new ForeignOperation("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                URI.create("urn:oin:00000001234567890000"));
        Representation clerk = Representation.atCounter("balie", SUBJECT, "Stadhuis, balie 1");
        ProcessingEntry entry = ProcessingEntry.builder(read, "prefill-read")
                .causedBy(check)
                .causedAbroad(asked)
                .purpose("gemeente-voorbeeld", "brp-prefill-aanvraag", LegalBasis.PUBLIC_TASK)
                .categories(Set.of("naam.voornamen", "adres.postcode"))
                .subject(SUBJECT)
                .by(Optional.of(clerk))
                .during(NOON, NOON.plusMillis(4))
                .status(ProcessingStatus.OK)
                .resource("loket-portal")
                .build();

        try (ProcessingLog log = ProcessingLog.onDatabase(migrated(database), ProcessingLog.Settings.DEFAULT)) {
            log.record(entry);
            log.record(entry(TraceContext.newTrace(), "ps-someone-else"));

            assertThat(log.about(SUBJECT)).containsExactly(entry);
            assertThat(entry.parentSpanId()).contains(check.spanId());
        }
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void writesEverythingQueuedWhenClosedSoNothingIsLostOnACleanShutdown(TestDatabase database) throws Exception {
        DataSource dataSource = migrated(database);
        ProcessingLog log = ProcessingLog.onDatabase(dataSource, new ProcessingLog.Settings(50_000, 100,
                Duration.ofSeconds(30), Executors.defaultThreadFactory()));
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(writers.submit(() -> {
                for (int i = 0; i < 2_500; i++) {
                    log.record(entry(TraceContext.newTrace(), SUBJECT));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        log.close();

        assertThat(rows(dataSource)).isEqualTo(10_000);
        assertThatThrownBy(() -> log.record(entry(TraceContext.newTrace(), SUBJECT)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void refusesABsnAsSubject() {
        assertThatThrownBy(() -> entry(TraceContext.newTrace(), "999993653"))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ConsentProblems.PSEUDONYM_IS_BSN));
    }

    @Test
    void pushesBackWhenTheQueueIsFullAndLosesNothingOnceTheDatabaseIsBack() throws Exception {
        DataSource database = migrated(TestDatabase.H2);
        CountDownLatch databaseBack = new CountDownLatch(1);
        DataSource slow = waitingFor(databaseBack, database);
        // Batches of one: the writer holds at most one entry while the database is away.
        ProcessingLog log = ProcessingLog.onDatabase(slow, new ProcessingLog.Settings(2, 1, Duration.ofMillis(200),
                Executors.defaultThreadFactory()));
        List<Exception> refused = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 6; i++) {
            try {
                log.record(entry(TraceContext.newTrace(), SUBJECT));
                accepted++;
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        }

        databaseBack.countDown();
        log.close();

        assertThat(refused).isNotEmpty().first().extracting(Exception::getMessage).asString().contains("refused rather than done unlogged");
        assertThat(accepted).isBetween(2, 3).as("the queue's two, and perhaps one the writer had taken");
        assertThat(rows(database)).isEqualTo(accepted);
    }

    @Test
    void triesAFailedBatchAgainUntilTheDatabaseTakesIt() {
        DataSource database = migrated(TestDatabase.H2);
        AtomicInteger failuresLeft = new AtomicInteger(2);
        DataSource flaky = failing(failuresLeft, database);
        try (ProcessingLog log = ProcessingLog.onDatabase(flaky, ProcessingLog.Settings.DEFAULT)) {
            log.record(entry(TraceContext.newTrace(), SUBJECT));
            log.flush(Duration.ofSeconds(10));
        }

        assertThat(failuresLeft).hasValue(0);
        assertThat(rows(database)).isEqualTo(1);
    }

    static int rows(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM consent_processing_log")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource waitingFor(CountDownLatch latch, DataSource target) {
        return dataSource(() -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return target.getConnection();
        });
    }

    private static DataSource failing(AtomicInteger failuresLeft, DataSource target) {
        return dataSource(() -> {
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new SQLTransientConnectionException("database away");
            }
            return target.getConnection();
        });
    }

    interface Connections {
        Connection get() throws SQLException;
    }

    private static DataSource dataSource(Connections connections) {
        return (DataSource) Proxy.newProxyInstance(ProcessingLogTest.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> connections.get();
                    case "getLogWriter" -> new PrintWriter(System.out);
                    case "getParentLogger" -> Logger.getGlobal();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test data source";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
