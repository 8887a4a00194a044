package dev.loket.forms.internal;

import dev.loket.core.Channel;
import dev.loket.core.LoketException;
import dev.loket.core.ProblemType;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.forms.conversation.TranscriptLine.Speaker;
import dev.loket.forms.submission.NewSubmission;
import dev.loket.forms.submission.StoredSubmission;
import dev.loket.identity.Representation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcSubmissionStoreTest {

    private DataSource dataSource;

    private JdbcSubmissionStore storeOn(TestDatabase database) {
        dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new FormsSchema());
        return new JdbcSubmissionStore(dataSource, Clock.systemUTC());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void storesASubmissionWithItsHashAndQueuesItForDelivery(TestDatabase database) throws Exception {
        JdbcSubmissionStore store = storeOn(database);

        StoredSubmission stored = store.store("verhuizing", "1.0.0", Channel.COUNTER, "key-1", "{\"a\":1}");

        assertThat(stored.created()).isTrue();
        assertThat(stored.dataSha256()).isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
        assertThat(count("SELECT COUNT(*) FROM forms_outbox WHERE delivered_at IS NULL")).isEqualTo(1);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void storesTheSameKeySentTwentyTimesAtOnceExactlyOnce(TestDatabase database) throws Exception {
        JdbcSubmissionStore store = storeOn(database);
        int attempts = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<StoredSubmission>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Callable<StoredSubmission> submit = () -> {
                    start.await();
                    return store.store("verhuizing", "1.0.0", Channel.WEB, "same-key", "{\"a\":1}");
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            List<StoredSubmission> stored = new ArrayList<>();
            for (Future<StoredSubmission> result : results) {
                stored.add(result.get());
            }

            Set<Object> ids = stored.stream().map(StoredSubmission::id).collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
            assertThat(stored).filteredOn(StoredSubmission::created).hasSize(1);
            assertThat(count("SELECT COUNT(*) FROM forms_submission")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM forms_outbox")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesAKeyReusedForOtherDataAndKeepsTheFirst(TestDatabase database) throws Exception {
        JdbcSubmissionStore store = storeOn(database);
        StoredSubmission first = store.store("verhuizing", "1.0.0", Channel.WEB, "key", "{\"a\":1}");

        assertThatThrownBy(() -> store.store("verhuizing", "1.0.0", Channel.WEB, "key", "{\"a\":2}"))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(store.store("verhuizing", "1.0.0", Channel.WEB, "key", "{\"a\":1}").id()).isEqualTo(first.id());
        assertThat(store.store("bijzondere-bijstand", "1.0.0", Channel.WEB, "key", "{\"a\":2}").created())
                .as("keys are per form").isTrue();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void findsAStoredSubmissionByItsIdAsNotCreatedByThatCall(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);
        StoredSubmission stored = store.store("verhuizing", "1.0.0", Channel.PAPER, "key-1", "{\"a\":1}");

        StoredSubmission found = store.find(stored.id()).orElseThrow();

        assertThat(found.created()).isFalse();
        assertThat(found).usingRecursiveComparison().ignoringFields("created").isEqualTo(stored);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void findsNothingForAnUnknownId(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);
        store.store("verhuizing", "1.0.0", Channel.WEB, "key-1", "{\"a\":1}");

        assertThat(store.find(UUID.randomUUID())).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void recordsWhoFiledASubmissionForWhomAtWhichCounter(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);
        Representation counter = Representation.atCounter("j.devries", "pseudonym-of-citizen", "Stadhuis, balie 3");

        StoredSubmission stored = store.store("verhuizing", "1.0.0", Channel.COUNTER, "key-1", "{\"a\":1}",
                Optional.of(counter));
        StoredSubmission own = store.store("verhuizing", "1.0.0", Channel.WEB, "key-2", "{\"a\":1}");

        assertThat(store.find(stored.id()).orElseThrow().representation()).hasValue(counter);
        assertThat(store.find(own.id()).orElseThrow().representation()).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void findsTheSubmissionFiledWithAKeyOnlyForItsForm(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);
        StoredSubmission first = store.store("verhuizing", "1.0.0", Channel.WEB, "key", "{\"a\":1}");

        assertThat(store.find("verhuizing", "key")).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(first.id());
            assertThat(found.dataSha256()).isEqualTo(first.dataSha256());
            assertThat(found.submittedAt()).isEqualTo(first.submittedAt());
            assertThat(found.created()).isFalse();
        });
        assertThat(store.find("bijzondere-bijstand", "key")).isEmpty();
        assertThat(store.find("verhuizing", "other-key")).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void keepsTheTranscriptOfAConversationWithItsSubmission(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);
        List<TranscriptLine> said = List.of(new TranscriptLine(Speaker.LOKET, "Klopt dit? Antwoord met ja of nee."),
                new TranscriptLine(Speaker.PERSON, "ja \"zeker\" — één keer"),
                new TranscriptLine(Speaker.LOKET, "Dank u wel.\nUw formulier is verstuurd."));

        StoredSubmission stored = store.store(NewSubmission.of("verhuizing", "1.0.0", Channel.CONVERSATION,
                "conversation-1", "{\"a\":1}").withTranscript(said));
        StoredSubmission web = store.store("verhuizing", "1.0.0", Channel.WEB, "key-2", "{\"a\":1}");

        assertThat(stored.transcript()).isEqualTo(said);
        assertThat(store.find(stored.id()).orElseThrow().transcript()).isEqualTo(said);
        assertThat(store.find("verhuizing", "conversation-1").orElseThrow().transcript()).isEqualTo(said);
        assertThat(store.find(web.id()).orElseThrow().transcript()).isEmpty();
        assertThat(stored.dataSha256()).as("the transcript is not part of the data hash").isEqualTo(web.dataSha256());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void remembersWhoseDraftWasFiledSoOnlyTheyLearnLaterThatItWas(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);

        StoredSubmission owned = store.store(NewSubmission.of("verhuizing", "1.0.0", Channel.WEB, "session:1",
                "{\"a\":1}").withOwner(Optional.of("pseudo-suzanne")));
        StoredSubmission retried = store.store(NewSubmission.of("verhuizing", "1.0.0", Channel.WEB, "session:1",
                "{\"a\":1}").withOwner(Optional.of("pseudo-suzanne")));
        StoredSubmission nobodys = store.store("verhuizing", "1.0.0", Channel.WEB, "session:2", "{\"a\":1}");

        assertThat(owned.owner()).contains("pseudo-suzanne");
        assertThat(retried.owner()).contains("pseudo-suzanne");
        assertThat(store.find("verhuizing", "session:1").orElseThrow().owner()).contains("pseudo-suzanne");
        assertThat(store.find(owned.id()).orElseThrow().owner()).contains("pseudo-suzanne");
        assertThat(store.find(nobodys.id()).orElseThrow().owner()).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aRetryInOtherWordsGetsTheFirstSubmissionWithItsTranscript(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);
        List<TranscriptLine> first = List.of(new TranscriptLine(Speaker.PERSON, "ja"));
        StoredSubmission stored = store.store(NewSubmission.of("verhuizing", "1.0.0", Channel.CONVERSATION,
                "conversation-1", "{\"a\":1}").withTranscript(first));

        StoredSubmission retried = store.store(NewSubmission.of("verhuizing", "1.0.0", Channel.CONVERSATION,
                "conversation-1", "{\"a\":1}").withTranscript(List.of(new TranscriptLine(Speaker.PERSON, "Ja!"))));

        assertThat(retried.created()).isFalse();
        assertThat(retried.id()).isEqualTo(stored.id());
        assertThat(retried.transcript()).isEqualTo(first);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void givesTimeOrderedIdsThatKeepTheirRandomPart(TestDatabase database) {
        JdbcSubmissionStore store = storeOn(database);

        StoredSubmission stored = store.store("verhuizing", "1.0.0", Channel.WEB, "key-1", "{\"a\":1}");

        assertThat(stored.id().version()).isEqualTo(7);
        assertThat(stored.id().variant()).isEqualTo(2);
        assertThat(stored.id().getMostSignificantBits() >>> 16).as("Unix milliseconds")
                .isEqualTo(stored.submittedAt().toEpochMilli());
        assertThat(store.find(stored.id())).isPresent();
    }

    /**
     * Submissions that queue up while a batch is written go together into the next one: a retry of a
     * key stored before, a key reused for other data and the same key twice in the batch get what they
     * would alone, and none of them fails the new ones in the same batch.
     */
    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aBatchWithRetriesAndAConflictStoresEachNewSubmissionAndAnswersEveryOneAsAlone(TestDatabase database)
            throws Exception {
        storeOn(database);
        CountDownLatch open = new CountDownLatch(1);
        AtomicBoolean gated = new AtomicBoolean();
        DataSource gate = gated(dataSource, () -> {
            if (gated.compareAndSet(true, false)) {
                open.await();
            }
        });
        // One writer, so that everything that queues behind the blocked one goes into one batch.
        JdbcSubmissionStore store = new JdbcSubmissionStore(gate, Clock.systemUTC(), JdbcSubmissionStore.DEFAULT_BATCH, 1);
        StoredSubmission earlier = store.store("verhuizing", "1.0.0", Channel.WEB, "earlier", "{\"a\":1}");
        gated.set(true);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            Future<StoredSubmission> blocker = pool.submit(() -> store.store("verhuizing", "1.0.0", Channel.WEB,
                    "blocker", "{\"a\":1}"));
            untilQueued(store, 1);
            Future<StoredSubmission> retry = pool.submit(() -> store.store("verhuizing", "1.0.0", Channel.WEB,
                    "earlier", "{\"a\":1}"));
            Future<StoredSubmission> reused = pool.submit(() -> store.store("verhuizing", "1.0.0", Channel.WEB,
                    "earlier", "{\"a\":2}"));
            List<Future<StoredSubmission>> twice = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                twice.add(pool.submit(() -> store.store("verhuizing", "1.0.0", Channel.WEB, "twice", "{\"b\":1}")));
            }
            List<Future<StoredSubmission>> fresh = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String key = "new-" + i;
                fresh.add(pool.submit(() -> store.store("verhuizing", "1.0.0", Channel.WEB, key, "{\"a\":1}")));
            }
            untilQueued(store, 15);
            open.countDown();

            assertThat(blocker.get().created()).isTrue();
            assertThat(retry.get().created()).isFalse();
            assertThat(retry.get().id()).isEqualTo(earlier.id());
            assertThatThrownBy(reused::get).hasCauseInstanceOf(LoketException.class)
                    .satisfies(e -> assertThat(((LoketException) e.getCause()).type()).isEqualTo(ProblemType.CONFLICT));
            assertThat(twice.get(0).get().id()).isEqualTo(twice.get(1).get().id());
            assertThat(List.of(twice.get(0).get(), twice.get(1).get())).filteredOn(StoredSubmission::created).hasSize(1);
            for (Future<StoredSubmission> f : fresh) {
                assertThat(f.get().created()).isTrue();
                assertThat(store.find(f.get().id())).isPresent();
            }
            assertThat(count("SELECT COUNT(*) FROM forms_submission")).isEqualTo(13);
            assertThat(count("SELECT COUNT(*) FROM forms_outbox")).isEqualTo(13);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Something to do before a connection is handed out. */
    private interface BeforeConnection {
        void run() throws InterruptedException;
    }

    /** The data source, with a step run before each connection it hands out. */
    private static DataSource gated(DataSource dataSource, BeforeConnection before) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        before.run();
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Waits until this many submissions are in line, without sleeping for a guessed time. */
    private static void untilQueued(JdbcSubmissionStore store, int submissions) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.queued() < submissions) {
            assertThat(System.nanoTime()).as("%d submissions in line in time", submissions).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
