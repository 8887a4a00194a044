package dev.loket.consent;

import dev.loket.consent.internal.ConsentSchema;
import dev.loket.consent.internal.JdbcConsentStore;
import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingLog;
import dev.loket.consent.log.TraceContext;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.identity.Representation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention by a clock the test moves: the purge per purpose, and an erasure request. */
class RetentionTest {

    static final String UTRECHT = "gemeente-utrecht";
    static final String NEWSLETTER = "nieuwsbrief-regelingen";   // consent, kept 2 years after it ends
    static final String CARE = "zorg-ondersteuning";               // consent, 1 year
    static final String SUPPORT = "bijzondere-bijstand";           // public task, Participatiewet art. 35, 7 years
    static final String SUBJECT = "ps-7f3a9c";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private ProcessingLog log;
    private ConsentStore consents;
    private LawfulBasisGuard guard;
    private Retention retention;

    private void on(TestDatabase database) {
        DataSource dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new ConsentSchema());
        PurposeRegistry purposes = purposes();
        consents = new JdbcConsentStore(dataSource, purposes, clock);
        guard = new LawfulBasisGuard(purposes, consents, clock);
        log = ProcessingLog.onDatabase(dataSource, ProcessingLog.Settings.DEFAULT);
        retention = new Retention(dataSource, purposes, consents, log, clock);
    }

    @AfterEach
    void closeLog() {
        if (log != null) {
            log.close();
        }
    }

    static PurposeRegistry purposes() {
        InputStream json = RetentionTest.class.getResourceAsStream("/consent/purposes.json");
        return PurposeRegistry.load(json, "purposes.json");
    }

    private void used(String purpose, LegalBasis basis) {
        Instant now = clock.instant();
        log.record(ProcessingEntry.builder(TraceContext.newTrace(), "eligibility-check")
                .purpose(UTRECHT, purpose, basis).categories(Set.of("income")).subject(SUBJECT).during(now, now).build());
    }

    private ConsentRequest consent(String purpose) {
        return ConsentRequest.of(SUBJECT, UTRECHT, purpose, "privacy-2026-01", Channel.WEB);
    }

    private void years(int years) {
        Instant now = clock.instant();
        clock.advance(Duration.between(now, now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant()));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void purgesLogEntriesOnceTheirPurposesRetentionHasPassed(TestDatabase database) {
        on(database);
        used(CARE, LegalBasis.CONSENT);
        used(SUPPORT, LegalBasis.PUBLIC_TASK);
        years(1);
        clock.advance(Duration.ofDays(1));
        used(CARE, LegalBasis.CONSENT);

        Retention.PurgeReport purged = retention.purge();

        assertThat(purged.logEntries()).as("only the care entry older than its one year").isEqualTo(1);
        assertThat(log.about(SUBJECT)).extracting(ProcessingEntry::purposeId).containsExactlyInAnyOrder(SUPPORT, CARE);
        years(7);
        assertThat(retention.purge().logEntries()).isEqualTo(2);
        assertThat(log.about(SUBJECT)).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void purgesConsentRecordsLongEndedAndTheChainStillVerifiesAndGrowsOn(TestDatabase database) {
        on(database);
        consents.give(consent(NEWSLETTER));
        consents.withdraw(SUBJECT, UTRECHT, NEWSLETTER, Channel.WEB, Optional.empty());
        consents.give(consent(CARE));
        years(2);
        assertThat(retention.purge().consentEvents()).as("two years after, not more").isZero();
        clock.advance(Duration.ofDays(1));

        assertThat(retention.purge().consentEvents()).isEqualTo(2);

        assertThat(consents.history(SUBJECT)).extracting(ConsentEvent::purposeId).containsExactly(CARE);
        assertThat(consents.verify(SUBJECT).intact()).isTrue();
        assertThat(guard.decide(UTRECHT, NEWSLETTER, Set.of("email"), SUBJECT).allowed()).isFalse();
        assertThat(guard.decide(UTRECHT, CARE, Set.of("health"), SUBJECT).allowed()).as("still given: kept").isTrue();
        ConsentEvent next = consents.give(consent(NEWSLETTER));
        assertThat(next.sequence()).isEqualTo(4);
        assertThat(consents.verify(SUBJECT).intact()).isTrue();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void purgesConsentThatExpiredByItsTermLongEnoughAgo(TestDatabase database) {
        on(database);
        consents.give(consent(CARE).validFor(java.time.Period.ofMonths(6)));
        years(1);
        assertThat(retention.purge().consentEvents()).as("expired half a year ago, kept a year").isZero();
        clock.advance(Duration.ofDays(200));

        assertThat(retention.purge().consentEvents()).isEqualTo(1);
        assertThat(consents.history(SUBJECT)).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void erasesWhatRestsOnConsentAndSaysWhatTheLawKeepsAndWhy(TestDatabase database) {
        on(database);
        consents.give(consent(NEWSLETTER));
        used(NEWSLETTER, LegalBasis.CONSENT);
        used(SUPPORT, LegalBasis.PUBLIC_TASK);
        used(SUPPORT, LegalBasis.PUBLIC_TASK);
        Representation clerk = Representation.atCounter("balie", SUBJECT, "Stadhuis");
        assertThat(guard.decide(UTRECHT, NEWSLETTER, Set.of("email"), SUBJECT).allowed()).isTrue();

        Retention.ErasureReport report = retention.erase(SUBJECT, Channel.COUNTER, Optional.of(clerk));

        assertThat(report.withdrawn()).containsExactly(UTRECHT + "/" + NEWSLETTER);
        assertThat(report.consentEvents()).as("given and withdrawn").isEqualTo(2);
        assertThat(report.logEntries()).isEqualTo(1);
        assertThat(report.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.purposeId()).isEqualTo(SUPPORT);
            assertThat(kept.entries()).isEqualTo(2);
            assertThat(kept.basis()).isEqualTo(LegalBasis.PUBLIC_TASK);
            assertThat(kept.legalReference()).contains(new LegalReference("Participatiewet", "art. 35"));
            assertThat(kept.keptUntil()).contains(Instant.parse("2033-03-01T09:00:00Z"));
            assertThat(kept.reason().in(Language.NL)).contains("Participatiewet, art. 35", "GDPR Art. 6(1)(e)", "bewaren");
            assertThat(kept.reason().in(Language.EN)).contains("must still keep");
        });
        assertThat(consents.history(SUBJECT)).isEmpty();
        assertThat(consents.verify(SUBJECT).intact()).isTrue();
        assertThat(log.about(SUBJECT)).extracting(ProcessingEntry::purposeId).containsOnly(SUPPORT);
        assertThat(guard.decide(UTRECHT, NEWSLETTER, Set.of("email"), SUBJECT).allowed()).isFalse();
    }
}
