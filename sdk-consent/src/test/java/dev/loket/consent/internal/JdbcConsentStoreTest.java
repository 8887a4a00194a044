package dev.loket.consent.internal;

import dev.loket.consent.ChainVerification;
import dev.loket.consent.ConsentEvent;
import dev.loket.consent.ConsentProblems;
import dev.loket.consent.ConsentRequest;
import dev.loket.consent.ConsentState.Status;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.LegalBasis;
import dev.loket.consent.MutableClock;
import dev.loket.consent.PurposeRegistry;
import dev.loket.identity.Representation;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcConsentStoreTest {

    static final String CONTROLLER = "gemeente-utrecht";
    static final String NEWSLETTER = "nieuwsbrief-regelingen";
    static final String SUBJECT = "ps-7f3a9c";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private DataSource dataSource;

    static PurposeRegistry purposes() {
        InputStream json = JdbcConsentStoreTest.class.getResourceAsStream("/consent/purposes.json");
        return PurposeRegistry.load(json, "purposes.json");
    }

    private ConsentStore storeOn(TestDatabase database) {
        dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new ConsentSchema());
        return new JdbcConsentStore(dataSource, purposes(), clock);
    }

    private static ConsentRequest newsletter(String subject) {
        return ConsentRequest.of(subject, CONTROLLER, NEWSLETTER, "privacy-2026-01", Channel.WEB);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void recordsGivenConsentWithEverythingTheStandardAsks(TestDatabase database) {
        ConsentStore store = storeOn(database);
        Representation clerk = new Representation("ps-clerk-12", Representation.COUNTER_EMPLOYEE, SUBJECT, "balie-2026-0042",
                Optional.of("Stadhuis, balie 1"));

        ConsentEvent given = store.give(newsletter(SUBJECT).forCategories(Set.of("email")).onBehalfBy(clerk)
                .validFor(Period.ofYears(1)));

        assertThat(store.history(SUBJECT)).containsExactly(given);
        assertThat(given.type()).isEqualTo(ConsentEvent.Type.GIVEN);
        assertThat(given.basis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(given.dataCategories()).containsExactly("email");
        assertThat(given.representation()).contains(clerk);
        assertThat(given.expiresAt()).contains(Instant.parse("2027-03-01T09:00:00Z"));
        assertThat(given.sequence()).isEqualTo(1);
        assertThat(given.previousHash()).isEqualTo(ConsentEvent.GENESIS);
        assertThat(given.hash()).hasSize(64).isEqualTo(EventHash.of(given));
        assertThat(store.current(SUBJECT, CONTROLLER, NEWSLETTER).orElseThrow().status()).isEqualTo(Status.GIVEN);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void givesAllCategoriesOfThePurposeWhenNoneAreNamed(TestDatabase database) {
        ConsentStore store = storeOn(database);

        assertThat(store.give(newsletter(SUBJECT)).dataCategories()).containsExactlyInAnyOrder("income", "household", "email");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void withdrawsInOneStepOnAnotherChannelThanItWasGiven(TestDatabase database) {
        ConsentStore store = storeOn(database);
        ConsentEvent given = store.give(newsletter(SUBJECT).forCategories(Set.of("email")));

        ConsentEvent withdrawn = store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.CONVERSATION, Optional.empty());

        assertThat(withdrawn.type()).isEqualTo(ConsentEvent.Type.WITHDRAWN);
        assertThat(withdrawn.dataCategories()).isEqualTo(given.dataCategories());
        assertThat(withdrawn.channel()).isEqualTo(Channel.CONVERSATION);
        assertThat(withdrawn.previousHash()).isEqualTo(given.hash());
        assertThat(store.current(SUBJECT, CONTROLLER, NEWSLETTER).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void withdrawsOnlyConsentThatIsGiven(TestDatabase database) {
        ConsentStore store = storeOn(database);

        assertThatThrownBy(() -> store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.WEB, Optional.empty()))
                .isInstanceOfSatisfying(LoketException.class, e -> {
                    assertThat(e.type()).isEqualTo(ConsentProblems.WRONG_STATE);
                    assertThat(e.detail().in(Language.NL)).contains("niets om in te trekken");
                });
        store.refuse(newsletter(SUBJECT));
        assertThatThrownBy(() -> store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.WEB, Optional.empty()))
                .isInstanceOf(LoketException.class);
        assertThat(store.history(SUBJECT)).extracting(ConsentEvent::type).containsExactly(ConsentEvent.Type.REFUSED);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void readsConsentPastItsTermAsExpiredAndLetsItBeRenewed(TestDatabase database) {
        ConsentStore store = storeOn(database);
        store.give(newsletter(SUBJECT).validFor(Period.ofDays(30)));

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(store.current(SUBJECT, CONTROLLER, NEWSLETTER).orElseThrow().status()).isEqualTo(Status.GIVEN);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.current(SUBJECT, CONTROLLER, NEWSLETTER).orElseThrow().status()).isEqualTo(Status.EXPIRED);
        assertThatThrownBy(() -> store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.WEB, Optional.empty()))
                .as("expired consent cannot be withdrawn: it is no longer there").isInstanceOf(LoketException.class);

        ConsentEvent renewed = store.renew(newsletter(SUBJECT).validFor(Period.ofDays(30)));

        assertThat(renewed.type()).isEqualTo(ConsentEvent.Type.RENEWED);
        assertThat(renewed.expiresAt()).contains(clock.instant().plus(Duration.ofDays(30)));
        assertThat(store.current(SUBJECT, CONTROLLER, NEWSLETTER).orElseThrow().status()).isEqualTo(Status.GIVEN);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesConsentThatWouldBeGivenTwice(TestDatabase database) {
        ConsentStore store = storeOn(database);
        store.give(newsletter(SUBJECT));

        assertThatThrownBy(() -> store.give(newsletter(SUBJECT)))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ConsentProblems.WRONG_STATE));
        assertThatThrownBy(() -> store.renew(newsletter("ps-other")))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ConsentProblems.WRONG_STATE));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesConsentForPurposesThatDoNotRestOnItOrDoNotExist(TestDatabase database) {
        ConsentStore store = storeOn(database);

        assertThatThrownBy(() -> store.give(ConsentRequest.of(SUBJECT, CONTROLLER, "bijzondere-bijstand", "v1", Channel.WEB)))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ConsentProblems.NOT_CONSENT_BASED));
        assertThatThrownBy(() -> store.give(ConsentRequest.of(SUBJECT, "gemeente-amsterdam", NEWSLETTER, "v1", Channel.WEB)))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ConsentProblems.UNKNOWN_PURPOSE));
        assertThatThrownBy(() -> store.give(newsletter(SUBJECT).forCategories(Set.of("email", "health"))))
                .isInstanceOfSatisfying(LoketException.class, e -> {
                    assertThat(e.type()).isEqualTo(ConsentProblems.CATEGORIES_NOT_COVERED);
                    assertThat(e.detail().in(Language.EN)).contains("health").doesNotContain("email");
                });
        assertThat(store.history(SUBJECT)).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesABsnAsSubjectOrActor(TestDatabase database) {
        ConsentStore store = storeOn(database);

        assertThatThrownBy(() -> store.give(newsletter("111222333")))
                .isInstanceOfSatisfying(LoketException.class, e -> {
                    assertThat(e.type()).isEqualTo(ConsentProblems.PSEUDONYM_IS_BSN);
                    assertThat(e.type().status()).isEqualTo(400);
                    assertThat(e.detail().in(Language.NL)).contains("burgerservicenummer");
                });
        assertThatThrownBy(() -> store.history("1112.22.333")).isInstanceOf(LoketException.class);
        assertThatThrownBy(() -> new Representation("12345672", "guardian", SUBJECT, "m-1", Optional.empty()))
                .as("eight digits with the leading zero left out").isInstanceOf(IllegalArgumentException.class);
        assertThat(store.give(newsletter("111222334")).subject()).as("fails the eleven-proof: not a BSN").isEqualTo("111222334");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void verifiesAnIntactChainAcrossPurposes(TestDatabase database) {
        ConsentStore store = storeOn(database);
        store.give(newsletter(SUBJECT));
        store.refuse(ConsentRequest.of(SUBJECT, CONTROLLER, "zorg-ondersteuning", "v1", Channel.COUNTER));
        store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.WEB, Optional.empty());
        store.give(newsletter("ps-someone-else"));

        ChainVerification verification = store.verify(SUBJECT);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
        assertThat(store.history(SUBJECT)).extracting(ConsentEvent::sequence).containsExactly(1L, 2L, 3L);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void detectsAnEventChangedDirectlyInTheDatabase(TestDatabase database) throws Exception {
        ConsentStore store = storeOn(database);
        store.give(newsletter(SUBJECT));
        ConsentEvent withdrawn = store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.WEB, Optional.empty());
        store.give(newsletter(SUBJECT));

        sql("UPDATE consent_event SET event_type = 'GIVEN' WHERE id = '" + withdrawn.id() + "'");

        ChainVerification verification = store.verify(SUBJECT);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBreak()).contains(
                new ChainVerification.Break(2, withdrawn.id(), ChainVerification.Reason.CONTENT_CHANGED));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void detectsAnEventRehashedToHideAChange(TestDatabase database) throws Exception {
        ConsentStore store = storeOn(database);
        ConsentEvent first = store.give(newsletter(SUBJECT));
        ConsentEvent second = store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.WEB, Optional.empty());
        ConsentEvent forged = new ConsentEvent(first.id(), first.subject(), 1, first.controller(), first.purposeId(),
                first.type(), Set.of("email"), first.basis(), first.noticeVersion(), first.channel(),
                first.representation(), first.time(), first.expiresAt(), first.previousHash(), "");

        sql("UPDATE consent_event SET data_categories = '[\"email\"]', hash = '" + EventHash.of(forged)
                + "' WHERE id = '" + first.id() + "'");

        assertThat(store.verify(SUBJECT).firstBreak()).contains(
                new ChainVerification.Break(2, second.id(), ChainVerification.Reason.LINK_BROKEN));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void detectsAnEventRemovedFromTheMiddle(TestDatabase database) throws Exception {
        ConsentStore store = storeOn(database);
        store.give(newsletter(SUBJECT));
        ConsentEvent withdrawn = store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.WEB, Optional.empty());
        ConsentEvent again = store.give(newsletter(SUBJECT));

        sql("DELETE FROM consent_event WHERE id = '" + withdrawn.id() + "'");

        assertThat(store.verify(SUBJECT).firstBreak()).contains(
                new ChainVerification.Break(2, again.id(), ChainVerification.Reason.EVENT_MISSING));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void keepsOneChainWhenManyEventsOfOneSubjectArriveAtOnce(TestDatabase database) throws Exception {
        ConsentStore store = storeOn(database);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<ConsentEvent>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String purpose = i % 2 == 0 ? NEWSLETTER : "zorg-ondersteuning";
                String subject = SUBJECT;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return store.refuse(ConsentRequest.of(subject, CONTROLLER, purpose, "v1", Channel.WEB));
                    } catch (LoketException e) {
                        return null;
                    }
                }));
            }
            start.countDown();
            for (Future<ConsentEvent> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.history(SUBJECT)).hasSize(writers);
        assertThat(store.verify(SUBJECT).intact()).isTrue();
    }

    /**
     * Changes a row behind the store's back, as an attacker with database access would. PostgreSQL
     * refuses that from the application (see {@link AppendOnlyTest}), so here a superuser switches
     * the triggers off for the session first.
     */
    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                s.execute("SET session_replication_role = replica");
            }
            assertThat(s.executeUpdate(statement)).isEqualTo(1);
        }
    }

}
