package dev.loket.portal.prefill;

import dev.loket.core.identifier.Bsn;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.FormDefinitions;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.identity.Pseudonyms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's prefill as the counter uses it: its register, its guard, its pseudonyms. */
class PortalPrefillTest {

    private static final Bsn SUZANNE = Bsn.parse("999993653").orElseThrow();
    private static final String KEY = Base64.getEncoder()
            .encodeToString("a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII));

    /** Every Loket logger, held so that java.util.logging keeps its level while the test runs. */
    private final Logger loket = Logger.getLogger("dev.loket");
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(new SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level level;

    private final Pseudonyms pseudonyms = Pseudonyms.withBase64Key(KEY);

    @BeforeEach
    void captureLogs() {
        level = loket.getLevel();
        loket.setLevel(Level.INFO);
        loket.addHandler(capture);
    }

    @AfterEach
    void releaseLogs() {
        loket.removeHandler(capture);
        loket.setLevel(level);
    }

    private static FormDefinition idCardForm() throws IOException {
        try (InputStream in = PortalPrefillTest.class.getClassLoader()
                .getResourceAsStream("forms/aanvraag-identiteitskaart-verlies.json")) {
            return FormDefinitions.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Prefill portalPrefill(boolean enabled) {
        return new Prefill(List.of(new SamplePopulationRegister()),
                PrefillSetup.guard(enabled, PrefillGuardTest::lawfulBasisGuard));
    }

    @Test
    void fillsTheIdCardFormOfATestPerson() throws IOException {
        Prefill.Result result = portalPrefill(true).fill(idCardForm(), PrefillSubject.of(SUZANNE, pseudonyms));

        assertThat(result.refused()).isEmpty();
        assertThat(result.data().get("voornamen").asText()).isEqualTo("Suzanne");
        assertThat(result.data().get("achternaam").asText()).isEqualTo("Moulin");
        assertThat(result.data().get("geboortedatum").asText()).isEqualTo("1985-12-01");
        assertThat(result.data().get("bsn").asText()).isEqualTo("999993653");
        assertThat(result.data().size()).isEqualTo(4);
    }

    @Test
    void logsTheDecisionUnderThePseudonymNeverTheBsn() throws IOException {
        PrefillSubject suzanne = PrefillSubject.of(SUZANNE, pseudonyms);

        portalPrefill(true).fill(idCardForm(), suzanne);

        assertThat(logLines).filteredOn(line -> line.startsWith("Prefill allowed")).singleElement().asString()
                .contains(suzanne.pseudonym(), "aanvraag-identiteitskaart-verlies", "brp", "brp-prefill-aanvraag");
        assertThat(logLines).noneMatch(line -> line.contains(SUZANNE.value()))
                .noneMatch(line -> line.contains("Suzanne") || line.contains("Moulin"));
    }

    @Test
    void fillsInNothingWhenPrefillIsOff() throws IOException {
        Prefill.Result result = portalPrefill(false).fill(idCardForm(), PrefillSubject.of(SUZANNE, pseudonyms));

        assertThat(result.data().isEmpty()).isTrue();
        assertThat(result.refused()).containsExactly("brp");
    }

    @Test
    void givesAPersonTheSamePseudonymEveryTimeAndNeverTheirBsn() {
        PrefillSubject once = PrefillSubject.of(SUZANNE, pseudonyms);
        PrefillSubject again = PrefillSubject.of(SUZANNE, Pseudonyms.withBase64Key(KEY));

        assertThat(once.bsn()).isEqualTo(SUZANNE);
        assertThat(once.pseudonym()).isEqualTo(again.pseudonym()).doesNotContain(SUZANNE.value()).hasSize(43);
    }
}
