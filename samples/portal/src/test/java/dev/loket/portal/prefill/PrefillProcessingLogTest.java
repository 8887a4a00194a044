package dev.loket.portal.prefill;

import dev.loket.consent.LegalBasis;
import dev.loket.consent.PurposeRegistry;
import dev.loket.consent.internal.ConsentSchema;
import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingLog;
import dev.loket.consent.log.TraceContext;
import dev.loket.core.identifier.Bsn;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.forms.definition.FormDefinitions;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.identity.Pseudonyms;
import dev.loket.portal.consent.ProcessingRecorder;
import dev.loket.portal.consent.TraceScope;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Prefill at the counter leaves a trace in the processing log: the check that allowed it, then every read. */
class PrefillProcessingLogTest {

    private static final Bsn SUZANNE = Bsn.parse("999993653").orElseThrow();

    @Test
    void logsTheAllowingCheckAndEachReadAsItsChildrenByTheEmployeeNeverTheBsn() throws IOException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:prefill-log;DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(database, new ConsentSchema());
        PurposeRegistry purposes = PrefillGuardTest.lawfulBasisGuardPurposes();
        TraceContext request = TraceContext.newTrace();
        TraceScope counter = TraceScope.detached(request, Optional.of("balie"));
        PrefillSubject suzanne = PrefillSubject.of(SUZANNE, Pseudonyms.withKey("a test key of thirty-two bytes!!"
                .getBytes(StandardCharsets.US_ASCII)));
        List<ProcessingEntry> logged;
        try (ProcessingLog log = ProcessingLog.onDatabase(database, ProcessingLog.Settings.DEFAULT)) {
            ProcessingRecorder recorder = new ProcessingRecorder(log, purposes, () -> counter, Clock.systemUTC(),
                    "Stadhuis, balie 1");
            Prefill prefill = new Prefill(List.of(new LoggedPrefillSource(new SamplePopulationRegister(), recorder,
                    Clock.systemUTC())), PrefillSetup.guard(true, PrefillGuardTest::lawfulBasisGuard, Optional.of(recorder)));

            prefill.fill(idCardForm(), suzanne);
            logged = log.about(suzanne.pseudonym());
        }

        ProcessingEntry check = logged.stream().filter(e -> e.activity().equals(ProcessingRecorder.LAWFUL_BASIS_CHECK))
                .findFirst().orElseThrow();
        List<ProcessingEntry> reads = logged.stream().filter(e -> e.activity().equals(ProcessingRecorder.PREFILL_READ)).toList();
        assertThat(logged).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.traceId()).isEqualTo(request.traceId());
            assertThat(entry.basis()).isEqualTo(LegalBasis.PUBLIC_TASK);
            assertThat(entry.purposeId()).isEqualTo(SamplePopulationRegister.PURPOSE);
            assertThat(entry.subject()).isEqualTo(suzanne.pseudonym()).isNotEqualTo(SUZANNE.value());
            assertThat(entry.representation().orElseThrow().actor()).isEqualTo("balie");
        });
        assertThat(check.parentSpanId()).contains(request.spanId());
        assertThat(reads).hasSize(4).allSatisfy(read -> assertThat(read.parentSpanId()).contains(check.spanId()));
        assertThat(reads).flatMap(ProcessingEntry::dataCategories)
                .containsExactlyInAnyOrder("naam.voornamen", "naam.geslachtsnaam", "geboorte.datum", "burgerservicenummer");
    }

    private static dev.loket.forms.definition.FormDefinition idCardForm() throws IOException {
        try (InputStream in = PrefillProcessingLogTest.class.getClassLoader()
                .getResourceAsStream("forms/aanvraag-identiteitskaart-verlies.json")) {
            return FormDefinitions.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
