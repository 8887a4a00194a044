package dev.loket.consent;

import dev.loket.consent.internal.ConsentSchema;
import dev.loket.consent.internal.JdbcConsentStore;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.identity.Representation;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LawfulBasisGuardTest {

    private static final String CONTROLLER = "gemeente-utrecht";
    private static final String NEWSLETTER = "nieuwsbrief-regelingen";
    private static final String SUBJECT = "ps-7f3a9c";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final PurposeRegistry purposes = PurposeRegistryTest.sample();
    private final CountingStore store = new CountingStore(newStore());
    private final LawfulBasisGuard guard = new LawfulBasisGuard(purposes, store, clock);

    private ConsentStore newStore() {
        DataSource dataSource = TestDatabase.H2.newDatabase();
        SchemaMigrations.migrate(dataSource, new ConsentSchema());
        return new JdbcConsentStore(dataSource, purposes, clock);
    }

    private static ConsentRequest newsletter() {
        return ConsentRequest.of(SUBJECT, CONTROLLER, NEWSLETTER, "privacy-2026-01", Channel.WEB);
    }

    @Test
    void allowsAPublicTaskWithoutConsentAndSaysOnWhichBasis() {
        Decision decision = guard.decide(CONTROLLER, "bijzondere-bijstand", Set.of("income"), SUBJECT);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.basis()).contains(LegalBasis.PUBLIC_TASK);
        assertThat(decision.reason().in(Language.NL)).isEqualTo("Dit is onze taak volgens de wet.");
    }

    @Test
    void deniesAPurposeTheControllerDoesNotHave() {
        Decision decision = guard.decide("gemeente-amsterdam", "bijzondere-bijstand", Set.of("income"), SUBJECT);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.basis()).isEmpty();
        assertThat(decision.reason().in(Language.EN)).contains("gemeente-amsterdam").contains("bijzondere-bijstand");
    }

    @Test
    void deniesDataOutsideThePurposeAndNamesIt() {
        Decision decision = guard.decide(CONTROLLER, "bijzondere-bijstand", Set.of("income", "health"), SUBJECT);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason().in(Language.NL)).endsWith("dit doel: health.");
    }

    @Test
    void deniesAConsentPurposeUntilConsentIsGiven() {
        assertThat(guard.decide(CONTROLLER, NEWSLETTER, Set.of("email"), SUBJECT).reason().in(Language.EN))
                .isEqualTo("This is not allowed. You have not given consent for this.");

        store.give(newsletter());

        Decision decision = guard.decide(CONTROLLER, NEWSLETTER, Set.of("email"), SUBJECT);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.basis()).contains(LegalBasis.CONSENT);
        assertThat(decision.reason().in(Language.NL)).isEqualTo("Dit mag, want u hebt toestemming gegeven.");
    }

    @Test
    void deniesFromTheVeryNextCallAfterAWithdrawal() {
        store.give(newsletter());
        assertThat(guard.decide(CONTROLLER, NEWSLETTER, Set.of("email"), SUBJECT).allowed()).isTrue();

        store.withdraw(SUBJECT, CONTROLLER, NEWSLETTER, Channel.COUNTER, Optional.empty());

        Decision decision = guard.decide(CONTROLLER, NEWSLETTER, Set.of("email"), SUBJECT);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason().in(Language.NL)).isEqualTo("Dit mag niet. U hebt uw toestemming ingetrokken.");
    }

    @Test
    void deniesOnceConsentHasExpired() {
        store.give(newsletter().validFor(Period.ofDays(30)));
        assertThat(guard.decide(CONTROLLER, NEWSLETTER, Set.of("email"), SUBJECT).allowed()).isTrue();

        clock.advance(Duration.ofDays(30));

        Decision decision = guard.decide(CONTROLLER, NEWSLETTER, Set.of("email"), SUBJECT);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason().in(Language.EN)).isEqualTo("This is not allowed. Your consent has expired.");
    }

    @Test
    void readsConsentGivenBeforeItStartedFromTheStoreOnce() {
        ConsentStore shared = store;
        shared.give(newsletter());
        LawfulBasisGuard started = new LawfulBasisGuard(purposes, shared, clock);
        int before = store.currentCalls.get();

        for (int i = 0; i < 100; i++) {
            assertThat(started.decide(CONTROLLER, NEWSLETTER, Set.of("email"), SUBJECT).allowed()).isTrue();
        }

        assertThat(store.currentCalls.get() - before).isEqualTo(1);
    }

    @Test
    void refusesABsnAsSubject() {
        assertThatThrownBy(() -> guard.decide(CONTROLLER, NEWSLETTER, Set.of("email"), "111222333"))
                .isInstanceOfSatisfying(LoketException.class,
                        e -> assertThat(e.type()).isEqualTo(ConsentProblems.PSEUDONYM_IS_BSN));
    }

    /** Counts reads of the current state, to show the guard answers from memory. */
    private static final class CountingStore implements ConsentStore {
        private final ConsentStore delegate;
        final AtomicInteger currentCalls = new AtomicInteger();

        CountingStore(ConsentStore delegate) {
            this.delegate = delegate;
        }

        @Override public ConsentEvent give(ConsentRequest request) { return delegate.give(request); }
        @Override public ConsentEvent refuse(ConsentRequest request) { return delegate.refuse(request); }
        @Override public ConsentEvent renew(ConsentRequest request) { return delegate.renew(request); }
        @Override public List<ConsentEvent> history(String subject) { return delegate.history(subject); }
        @Override public ChainVerification verify(String subject) { return delegate.verify(subject); }
        @Override public void subscribe(Consumer<ConsentEvent> listener) { delegate.subscribe(listener); }

        @Override
        public ConsentEvent withdraw(String subject, String controller, String purposeId, Channel channel,
                                     Optional<Representation> representation) {
            return delegate.withdraw(subject, controller, purposeId, channel, representation);
        }

        @Override
        public Optional<ConsentState> current(String subject, String controller, String purposeId) {
            currentCalls.incrementAndGet();
            return delegate.current(subject, controller, purposeId);
        }
    }
}
