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

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
