package dev.loket.forms.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.logic.LogicContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FormEvaluatorTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 22 November 2026, so ages and "today" are fixed. */
    private static final LogicContext FIXED = new LogicContext(
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), AMSTERDAM), AMSTERDAM);
    private static final EvaluationContext DUTCH = new EvaluationContext(Language.NL, FIXED);
    private static final EvaluationContext ENGLISH = new EvaluationContext(Language.EN, FIXED);

    private final FormEvaluator idCard = new FormEvaluator(ExampleForms.definition("aanvraag-identiteitskaart-verlies"));
    private final FormEvaluator moving = new FormEvaluator(ExampleForms.definition("verhuizing"));
    private final FormEvaluator assistance = new FormEvaluator(ExampleForms.definition("bijzondere-bijstand"));

    @Test
    void saysWhatIsMissingInPlainDutchAndEnglish() {
        Evaluation dutch = idCard.evaluate(ExampleForms.data("{}"), DUTCH);
        Evaluation english = idCard.evaluate(ExampleForms.data("{}"), ENGLISH);

        StepState first = dutch.step("situatie").orElseThrow();
        assertThat(first.complete()).isFalse();
        assertThat(dutch.errors()).extracting(FieldMessage::pointer).contains("/gebeurtenis", "/datum_verlies");
        assertThat(dutch.errors()).filteredOn(e -> e.pointer().equals("/gebeurtenis")).singleElement()
                .satisfies(e -> {
                    assertThat(e.key()).isEqualTo("validation.required.choice");
                    assertThat(e.message()).isEqualTo("Kies een antwoord bij: Wat is er met uw identiteitskaart gebeurd?");
                });
        assertThat(english.errors()).filteredOn(e -> e.pointer().equals("/gebeurtenis")).singleElement()
                .extracting(FieldMessage::message).asString().startsWith("Choose an answer for: What happened")
                .endsWith("?");
        assertThat(dutch.firstIncompleteStep()).contains("situatie");
    }

    @Test
    void showsAndRequiresTheQuestionAboutThePoliceOnlyAfterTheft() {
        Evaluation lost = idCard.evaluate(ExampleForms.data("{\"gebeurtenis\": \"verloren\"}"), DUTCH);
        Evaluation stolen = idCard.evaluate(ExampleForms.data("{\"gebeurtenis\": \"gestolen\"}"), DUTCH);

        assertThat(component(lost, "situatie", "aangifte_gedaan").visible()).isFalse();
        assertThat(component(lost, "situatie", "aangifte_gedaan").errors()).isEmpty();
        assertThat(component(stolen, "situatie", "aangifte_gedaan").visible()).isTrue();
        assertThat(component(stolen, "situatie", "aangifte_gedaan").required()).isTrue();
        assertThat(component(stolen, "situatie", "uitleg_aangifte").visible()).isTrue();
    }

    @Test
    void computesTheFeeExactlyInEuros() {
        Evaluation adultUrgent = idCard.evaluate(ExampleForms.data(
                "{\"geboortedatum\": \"1985-03-17\", \"spoed\": true}"), DUTCH);
        Evaluation child = idCard.evaluate(ExampleForms.data(
                "{\"geboortedatum\": \"2015-06-01\", \"spoed\": false}"), DUTCH);

        assertThat(adultUrgent.data().get("leeftijd").asInt()).isEqualTo(41);
        assertThat(adultUrgent.data().get("kosten").decimalValue()).isEqualByComparingTo(new BigDecimal("135.40"));
        assertThat(child.data().get("kosten").decimalValue()).isEqualByComparingTo(new BigDecimal("43.65"));
    }

    @Test
    void refusesADateOfLossInTheFutureWithAConcreteMessage() {
        Evaluation evaluation = idCard.evaluate(ExampleForms.data("{\"datum_verlies\": \"2026-12-01\"}"), DUTCH);

        assertThat(component(evaluation, "situatie", "datum_verlies").errors()).singleElement()
                .satisfies(e -> {
                    assertThat(e.key()).isEqualTo("validation.date.max");
                    assertThat(e.message()).contains("22-11-2026");
                });
    }

    @Test
    void checksDutchIdentifiersWithHelpfulMessages() {
        Evaluation evaluation = idCard.evaluate(ExampleForms.data(
                "{\"bsn\": \"123456789\", \"email\": \"niet-een-adres\", \"telefoon\": \"12\"}"), DUTCH);

        assertThat(evaluation.errors()).extracting(FieldMessage::pointer, FieldMessage::key).contains(
                org.assertj.core.groups.Tuple.tuple("/bsn", "validation.bsn.type"),
                org.assertj.core.groups.Tuple.tuple("/email", "validation.email.type"),
                org.assertj.core.groups.Tuple.tuple("/telefoon", "validation.phone.type"));
        assertThat(idCard.evaluate(ExampleForms.data("{\"bsn\": \"999993653\"}"), DUTCH).errors())
                .extracting(FieldMessage::pointer).doesNotContain("/bsn");
    }

    @Test
    void checksEveryItemOfARepeatingGroupWithItsOwnRules() {
        JsonNode data = ExampleForms.data("""
                {"met_anderen": true, "medeverhuizers": [
                  {"voornaam": "Anna", "achternaam": "Jansen", "geboortedatum": "1990-01-01"},
                  {"voornaam": "Bram", "achternaam": "Jansen", "geboortedatum": "2020-01-01"}
                ]}""");

        Evaluation evaluation = moving.evaluate(data, DUTCH);

        assertThat(evaluation.data().at("/medeverhuizers/0/meerderjarig").asBoolean()).isTrue();
        assertThat(evaluation.data().at("/medeverhuizers/1/meerderjarig").asBoolean()).isFalse();
        assertThat(evaluation.errors()).extracting(FieldMessage::pointer)
                .contains("/medeverhuizers/0/email").doesNotContain("/medeverhuizers/1/email");
        assertThat(evaluation.data().get("aantal_personen").asInt()).isEqualTo(3);
    }

    @Test
    void skipsAStepThatDoesNotApply() {
        Evaluation single = assistance.evaluate(ExampleForms.data("{\"burgerlijke_staat\": \"alleen\"}"), DUTCH);
        Evaluation together = assistance.evaluate(ExampleForms.data("{\"burgerlijke_staat\": \"samen\"}"), DUTCH);

        assertThat(single.nextStep("persoon")).contains("inkomen");
        assertThat(single.previousStep("inkomen")).contains("persoon");
        assertThat(together.nextStep("persoon")).contains("partner");
        assertThat(single.nextStep("afronden")).isEmpty();
    }

    @Test
    void acceptsACompleteSubmissionWithoutHiddenAnswersAndWithServerComputedValues() {
        JsonNode data = ExampleForms.data("""
                {"gebeurtenis": "verloren", "aangifte_gedaan": true, "datum_verlies": "2026-11-20",
                 "voornamen": "Zoë", "achternaam": "de Vries", "geboortedatum": "1985-03-17", "bsn": "999993653",
                 "spoed": false, "kosten": 0.01, "betaalwijze": "CASH", "verklaring": true}""");

        Submission submission = idCard.submit(data, DUTCH);

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.accepted()).isTrue();
        assertThat(submission.data().has("aangifte_gedaan")).as("hidden after 'lost', so not kept").isFalse();
        assertThat(submission.data().get("kosten").decimalValue()).isEqualByComparingTo(new BigDecimal("77.20"));
        assertThat(submission.data().get("voornamen").asText()).isEqualTo("Zoë");
    }

    @Test
    void refusesKeysTheFormDoesNotHave() {
        Submission submission = idCard.submit(ExampleForms.data("{\"isAdmin\": true}"), ENGLISH);

        assertThat(submission.accepted()).isFalse();
        assertThat(submission.errors()).anySatisfy(e -> {
            assertThat(e.pointer()).isEqualTo("/isAdmin");
            assertThat(e.key()).isEqualTo("validation.unknown-key");
        });
        assertThat(submission.data().has("isAdmin")).isFalse();
    }

    @Test
    void refusesMoneyWithFractionsOfACent() {
        Evaluation evaluation = assistance.evaluate(ExampleForms.data("{\"bedrag\": 12.505}"), DUTCH);

        assertThat(evaluation.errors()).filteredOn(e -> e.pointer().equals("/bedrag"))
                .extracting(FieldMessage::key).containsExactly("validation.currency.cents");
    }

    @Test
    void runsTheAuthorsOwnRules() {
        Evaluation evaluation = assistance.evaluate(ExampleForms.data(
                "{\"curator\": false, \"uitbetaling\": \"bewindvoerder\"}"), ENGLISH);

        assertThat(evaluation.errors()).filteredOn(e -> e.pointer().equals("/uitbetaling")).singleElement()
                .satisfies(e -> {
                    assertThat(e.key()).isEqualTo("validation.custom");
                    assertThat(e.message()).startsWith("You did not give an administrator");
                });
    }

    private static ComponentState component(Evaluation evaluation, String step, String key) {
        return evaluation.step(step).orElseThrow().components().stream()
                .filter(c -> key.equals(c.key())).findFirst().orElseThrow();
    }
}
