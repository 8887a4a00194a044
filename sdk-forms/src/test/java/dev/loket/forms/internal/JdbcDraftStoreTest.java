package dev.loket.forms.internal;

import dev.loket.core.Channel;
import dev.loket.core.LoketException;
import dev.loket.core.ProblemType;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.forms.draft.Draft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcDraftStoreTest {

    private static final Duration LIFETIME = Duration.ofDays(30);

    private final HandClock clock = new HandClock();

    private JdbcDraftStore storeOn(TestDatabase database) {
        DataSource dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new FormsSchema());
        return new JdbcDraftStore(dataSource, clock, LIFETIME);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void returnsExactlyWhatWasStored(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        String answers = "{\"naam\":\"Zoë van der Meijden\",\"toelichting\":\"\\u20ac 12,50 \u2014 contant\"}";

        Draft started = store.start("verhuizing", "1.0", Channel.WEB, answers);

        assertThat(store.find(started.id())).contains(started);
        assertThat(started.expiresAt()).isEqualTo(started.createdAt().plus(LIFETIME));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void continuesOnAnotherChannelAndExtendsTheLifetime(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft started = store.start("verhuizing", "1.0", Channel.WEB, "{\"stap\":1}");
        clock.advance(Duration.ofDays(20));

        Draft saved = store.save(started.id(), 1, Channel.COUNTER, "{\"stap\":2}");

        assertThat(saved.channel()).isEqualTo(Channel.COUNTER);
        assertThat(saved.data()).isEqualTo("{\"stap\":2}");
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.createdAt()).isEqualTo(started.createdAt());
        assertThat(saved.expiresAt()).isEqualTo(saved.updatedAt().plus(LIFETIME)).isAfter(started.expiresAt());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void keepsTheAnswersBoundToTheOwnersLoginWhateverASaveSends(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        String prefilled = "{\"bsn\":\"999993653\",\"voornamen\":\"Suzanne\"}";
        Draft started = store.startFor("pseudo-suzanne", "aanvraag-identiteitskaart-verlies", "1.0.0", Channel.WEB,
                prefilled, prefilled);

        Draft saved = store.save(started.id(), 1, Channel.WEB,
                "{\"bsn\":\"999990019\",\"voornamen\":\"Iemand\",\"email\":\"s@example.nl\"}");
        Draft withoutThem = store.save(saved.id(), 2, Channel.COUNTER, "{\"email\":\"t@example.nl\"}");

        assertThat(started.bound()).isEqualTo(prefilled);
        assertThat(store.find(started.id())).get().extracting(Draft::bound).isEqualTo(prefilled);
        assertThat(saved.data()).as("another person's BSN and name are put back; other answers are kept")
                .isEqualTo("{\"bsn\":\"999993653\",\"voornamen\":\"Suzanne\",\"email\":\"s@example.nl\"}");
        assertThat(withoutThem.data()).isEqualTo("{\"email\":\"t@example.nl\",\"bsn\":\"999993653\",\"voornamen\":\"Suzanne\"}");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void startsAPersonsConversationWithItsStateAsItIsAndTheBoundAnswersBeside(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        String bound = "{\"bsn\":\"999993653\"}";
        String state = "{\"formId\":\"aanvraag-identiteitskaart-verlies\",\"data\":\"{\\\"bsn\\\":\\\"999993653\\\"}\"}";

        Draft started = store.startFor("pseudo-suzanne", "aanvraag-identiteitskaart-verlies", "1.0.0",
                Channel.CONVERSATION, state, bound);

        assertThat(started.data()).as("a conversation's state is no answers: nothing is put into it").isEqualTo(state);
        assertThat(store.find(started.id())).get().extracting(Draft::data, Draft::bound).containsExactly(state, bound);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aDraftWithoutBoundAnswersSavesWhatItIsSent(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft started = store.startFor("pseudo-suzanne", "verhuizing", "1.0", Channel.WEB, "{}");

        Draft saved = store.save(started.id(), 1, Channel.WEB, "{\"bsn\":\"999990019\"}");

        assertThat(saved.bound()).isEqualTo(Draft.NOTHING_BOUND);
        assertThat(saved.data()).isEqualTo("{\"bsn\":\"999990019\"}");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesASaveOnAStaleRevisionAndKeepsTheNewerAnswers(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft started = store.start("verhuizing", "1.0", Channel.WEB, "{\"v\":1}");
        store.save(started.id(), 1, Channel.WEB, "{\"v\":2}");

        assertThatThrownBy(() -> store.save(started.id(), 1, Channel.COUNTER, "{\"v\":\"stale\"}"))
                .isInstanceOfSatisfying(LoketException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(store.find(started.id())).get().extracting(Draft::data).isEqualTo("{\"v\":2}");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void forgetsDraftsAfterTheirLifetimeAndPurgesThem(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft old = store.start("verhuizing", "1.0", Channel.WEB, "{}");
        clock.advance(LIFETIME.minusDays(1));
        Draft recent = store.start("verhuizing", "1.0", Channel.PAPER, "{}");
        clock.advance(Duration.ofDays(1));

        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.find(recent.id())).isPresent();
        assertThatThrownBy(() -> store.save(old.id(), 1, Channel.WEB, "{}"))
                .isInstanceOfSatisfying(LoketException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
        assertThat(store.purgeExpired()).isEqualTo(1);
        assertThat(store.find(recent.id())).isPresent();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void findsNothingForAnUnknownId(TestDatabase database) {
        assertThat(storeOn(database).find(UUID.randomUUID())).isEmpty();
    }
}
