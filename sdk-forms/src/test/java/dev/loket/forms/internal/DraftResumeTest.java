package dev.loket.forms.internal;

import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.ProblemType;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.ResumableDraft;
import dev.loket.forms.draft.ResumeCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DraftResumeTest {

    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final int MAX_FAILED = 10;

    private final HandClock clock = new HandClock();
    private DataSource dataSource;

    private JdbcDraftStore storeOn(TestDatabase database) {
        dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new FormsSchema());
        // Few iterations keep the test fast; the count is stored with each hash.
        return new JdbcDraftStore(dataSource, clock, LIFETIME, 1_000, MAX_FAILED);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void resumesWithTheRightSecretOnAnotherChannel(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        ResumableDraft started = store.startResumable("verhuizing", "1.0", Channel.WEB, "{\"stap\":1}");

        Draft resumed = store.resume(started.code().toString(), started.secret());
        Draft saved = store.save(resumed.id(), resumed.revision(), Channel.COUNTER, "{\"stap\":2}");

        assertThat(resumed).isEqualTo(started.draft());
        assertThat(store.resume(started.code().value().toLowerCase(Locale.ROOT),
                " " + started.secret().replace("-", "").toLowerCase(Locale.ROOT) + " "))
                .as("case, spaces and hyphens do not matter").isEqualTo(saved);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void answersAWrongSecretExactlyLikeAnUnknownCode(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        ResumableDraft started = store.startResumable("verhuizing", "1.0", Channel.WEB, "{}");

        LoketException wrongSecret = failure(() -> store.resume(started.code().toString(), "AAAAA-AAAAA"));
        LoketException unknownCode = failure(() -> store.resume(otherCode(started.code()), started.secret()));
        LoketException notACode = failure(() -> store.resume("hallo", started.secret()));

        for (LoketException e : new LoketException[] {wrongSecret, unknownCode, notACode}) {
            assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND);
            assertThat(e.detail()).isEqualTo(wrongSecret.detail());
        }
        assertThat(wrongSecret.detail().in(Language.NL)).contains("code en dit geheim");
        assertThat(wrongSecret.detail().in(Language.EN)).contains("code and secret");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void locksTheCodeAfterTenWrongSecretsEvenForTheRightOne(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        ResumableDraft started = store.startResumable("verhuizing", "1.0", Channel.WEB, "{}");
        for (int i = 0; i < MAX_FAILED - 1; i++) {
            failure(() -> store.resume(started.code().toString(), "WRONG-SECRT"));
        }
        assertThat(store.resume(started.code().toString(), started.secret()))
                .as("nine mistakes, then the right secret: open, and the count starts again").isNotNull();

        for (int i = 0; i < MAX_FAILED; i++) {
            failure(() -> store.resume(started.code().toString(), "WRONG-SECRT"));
        }

        LoketException locked = failure(() -> store.resume(started.code().toString(), started.secret()));
        assertThat(locked.detail().key()).isEqualTo("draft.resume.not-found");
        assertThat(store.find(started.draft().id())).as("locked, not deleted").isPresent();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void givesAStartedDraftACodeLaterAndRetiresTheOldOne(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft started = store.start("verhuizing", "1.0", Channel.WEB, "{\"stap\":1}");

        ResumableDraft first = store.issueResumeCode(started.id());
        ResumableDraft second = store.issueResumeCode(started.id());

        assertThat(store.resume(second.code().toString(), second.secret())).isEqualTo(started);
        assertThat(failure(() -> store.resume(first.code().toString(), first.secret())).type())
                .as("only the newest code opens the draft").isEqualTo(ProblemType.NOT_FOUND);
        assertThat(failure(() -> store.issueResumeCode(UUID.randomUUID())).type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void makesADraftStartedWithoutLoginThePersonsOwnButNeverSomeoneElses(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft anonymous = store.start("verhuizing", "1.0", Channel.WEB, "{}");
        Draft others = store.startFor("someone-else", "verhuizing", "1.0", Channel.WEB, "{}");

        Draft claimed = store.claim(anonymous.id(), "citizen");

        assertThat(claimed.owner()).hasValue("citizen");
        assertThat(store.claim(anonymous.id(), "citizen")).isEqualTo(claimed);
        assertThat(failure(() -> store.claim(others.id(), "citizen")).type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(failure(() -> store.claim(anonymous.id(), "intruder")).type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(store.ownedBy("citizen")).extracting(Draft::id).containsExactly(anonymous.id());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void bindsTheNumberOfThePersonWhoClaimsADraftOverWhatWasTypedWithoutLogin(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft anonymous = store.start("aanvraag-identiteitskaart-verlies", "1.0.0", Channel.WEB,
                "{\"bsn\":\"999990019\",\"email\":\"a@example.nl\"}");

        Draft claimed = store.claim(anonymous.id(), "citizen", "{\"bsn\":\"999993653\"}");
        Draft saved = store.save(claimed.id(), claimed.revision(), Channel.COUNTER, "{\"bsn\":\"999990019\"}");

        assertThat(claimed.data()).isEqualTo("{\"bsn\":\"999993653\",\"email\":\"a@example.nl\"}");
        assertThat(saved.data()).isEqualTo("{\"bsn\":\"999993653\"}");
        assertThat(store.claim(anonymous.id(), "citizen", "{\"bsn\":\"999990019\"}").bound())
                .as("a draft that is theirs already keeps what it had").isEqualTo("{\"bsn\":\"999993653\"}");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void deletesASubmittedDraftForGood(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        ResumableDraft started = store.startResumable("verhuizing", "1.0", Channel.WEB, "{}");

        store.delete(started.draft().id());
        store.delete(started.draft().id());

        assertThat(store.find(started.draft().id())).isEmpty();
        assertThat(failure(() -> store.resume(started.code().toString(), started.secret())).type())
                .isEqualTo(ProblemType.NOT_FOUND);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void doesNotOpenAnExpiredDraftByCode(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        ResumableDraft started = store.startResumable("verhuizing", "1.0", Channel.WEB, "{}");
        clock.advance(LIFETIME);

        assertThat(failure(() -> store.resume(started.code().toString(), started.secret())).type())
                .isEqualTo(ProblemType.NOT_FOUND);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void storesTheSecretOnlyAsASaltedHash(TestDatabase database) throws Exception {
        JdbcDraftStore store = storeOn(database);
        ResumableDraft first = store.startResumable("verhuizing", "1.0", Channel.WEB, "{}");
        ResumableDraft second = store.startResumable("verhuizing", "1.0", Channel.WEB, "{}");

        String row = rowAsText(first.draft().id());
        String compactSecret = first.secret().replace("-", "");
        assertThat(row).doesNotContain(first.secret()).doesNotContain(compactSecret)
                .contains("pbkdf2-sha256$1000$").contains(first.code().value());
        assertThat(hashOf(first.draft().id())).isNotEqualTo(hashOf(second.draft().id()));
        assertThat(first.toString()).doesNotContain(first.secret());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void listsAndResumesDraftsOnlyForTheirOwner(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft older = store.startFor("pseudo-anna", "verhuizing", "1.0", Channel.WEB, "{}");
        clock.advance(Duration.ofMinutes(1));
        Draft newer = store.startFor("pseudo-anna", "bijzondere-bijstand", "1.0", Channel.CONVERSATION, "{}");
        Draft someoneElses = store.startFor("pseudo-bram", "verhuizing", "1.0", Channel.WEB, "{}");
        store.start("verhuizing", "1.0", Channel.WEB, "{}");

        assertThat(store.ownedBy("pseudo-anna")).containsExactly(newer, older);
        assertThat(newer.owner()).contains("pseudo-anna");
        assertThat(store.resumeAsOwner("pseudo-anna", older.id())).isEqualTo(older);
        assertThat(failure(() -> store.resumeAsOwner("pseudo-anna", someoneElses.id())).type())
                .isEqualTo(ProblemType.NOT_FOUND);
        assertThat(store.ownedBy("pseudo-nobody")).isEmpty();

        clock.advance(LIFETIME);
        assertThat(store.ownedBy("pseudo-anna")).as("expired drafts are not listed").isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void listsDraftsAboutToExpireUntilWarnedOrSaved(TestDatabase database) {
        JdbcDraftStore store = storeOn(database);
        Draft soon = store.startFor("pseudo-anna", "verhuizing", "1.0", Channel.WEB, "{}");
        clock.advance(Duration.ofDays(10));
        Draft later = store.start("verhuizing", "1.0", Channel.WEB, "{}");
        clock.advance(Duration.ofDays(17));

        // Warn three days ahead: only the first draft expires within three days.
        assertThat(store.expiringBefore(clock.instant().plus(Duration.ofDays(3)))).containsExactly(soon);
        assertThat(store.expiringBefore(clock.instant().plus(Duration.ofDays(14)))).containsExactly(soon, later);

        store.markExpiryWarned(soon.id());
        assertThat(store.expiringBefore(clock.instant().plus(Duration.ofDays(3)))).isEmpty();

        Draft saved = store.save(soon.id(), 1, Channel.WEB, "{\"a\":1}");
        assertThat(store.expiringBefore(saved.expiresAt().plusSeconds(1)))
                .as("a save extends the life and re-arms the warning").extracting(Draft::id).contains(soon.id());
    }

    @Test
    void makesReadableCodesWithoutLookAlikes() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1_000; i++) {
            ResumeCode code = ResumeCode.random(random);
            assertThat(code.toString()).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        }
        assertThat(ResumeCode.parse("k7qm 3xpa")).contains(new ResumeCode("K7QM3XPA"));
        assertThat(ResumeCode.parse("K7QM-3XP0")).as("0 is not in the alphabet").isEmpty();
        assertThat(ResumeCode.parse("K7QM-3XPAB")).isEmpty();
        assertThat(new DraftSecrets(random, 1_000).newSecret()).matches("[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}");
    }

    @Test
    void checksSecretsHashedWithTheDefaultIterationCount() {
        DraftSecrets secrets = new DraftSecrets(new SecureRandom(), JdbcDraftStore.DEFAULT_SECRET_ITERATIONS);
        String secret = secrets.newSecret();
        String hash = secrets.hash(secret);

        assertThat(hash).startsWith("pbkdf2-sha256$100000$");
        assertThat(secrets.matches(secret, hash)).isTrue();
        assertThat(secrets.matches(secret.toLowerCase(Locale.ROOT).replace("-", " "), hash)).isTrue();
        assertThat(secrets.matches("22222-22222", hash)).isFalse();
    }

    private static String otherCode(ResumeCode code) {
        char first = code.value().charAt(0) == '2' ? '3' : '2';
        return first + code.value().substring(1);
    }

    private static LoketException failure(ThrowingCallable call) {
        try {
            call.call();
        } catch (LoketException e) {
            return e;
        } catch (Throwable e) {
            throw new AssertionError("Expected a LoketException", e);
        }
        throw new AssertionError("Expected a LoketException, but the call succeeded");
    }

    private String hashOf(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT secret_hash FROM forms_draft WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private String rowAsText(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT * FROM forms_draft WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    text.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append('\n');
                }
                return text.toString();
            }
        }
    }
}
