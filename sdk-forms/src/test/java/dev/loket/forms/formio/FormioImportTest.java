package dev.loket.forms.formio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.ComponentState;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FieldMessage;
import dev.loket.forms.evaluation.FormEvaluator;
import dev.loket.forms.logic.LogicContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FormioImportTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final EvaluationContext DUTCH = new EvaluationContext(Language.NL,
            new LogicContext(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), AMSTERDAM), AMSTERDAM));
    private static final FormioImportOptions OPTIONS = FormioImportOptions.of("test", "1.0.0");

    @Test
    void turnsTopLevelWizardPanelsIntoSteps() {
        FormioImportResult result = convert("""
                {"display": "wizard", "title": "Aanvraag", "components": [
                  {"type": "panel", "key": "persoon", "title": "Over u", "components": [
                    {"type": "textfield", "key": "naam", "label": "Naam"}]},
                  {"type": "panel", "key": "contact", "title": "Contact", "components": [
                    {"type": "email", "key": "email", "label": "E-mail"}]}]}""");

        FormDefinition definition = result.parse();

        assertThat(definition.title().in(Language.NL)).isEqualTo("Aanvraag");
        assertThat(definition.steps()).extracting(s -> s.key()).containsExactly("persoon", "contact");
        assertThat(definition.steps().get(0).title().in(Language.NL)).isEqualTo("Over u");
        assertThat(definition.steps().get(1).components()).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(ComponentType.EMAIL));
    }

    @Test
    void turnsAnEditGridIntoARepeatWhoseRulesReadTheRow() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "editgrid", "key": "kinderen", "label": "Kinderen", "validate": {"maxLength": 5}, "components": [
                    {"type": "textfield", "key": "naam", "label": "Naam"},
                    {"type": "checkbox", "key": "studeert", "label": "Studeert"},
                    {"type": "textfield", "key": "school", "label": "School",
                     "conditional": {"json": {"var": "row.studeert"}}},
                    {"type": "textfield", "key": "opleiding", "label": "Opleiding",
                     "conditional": {"show": true, "when": "kinderen.studeert", "eq": "true"}}]}]}""");
        FormEvaluator evaluator = new FormEvaluator(result.parse());

        JsonNode repeat = result.definition().at("/steps/0/components/0");
        assertThat(repeat.get("type").asText()).isEqualTo("repeat");
        assertThat(repeat.get("maxItems").asInt()).isEqualTo(5);
        assertThat(repeat.at("/components/2/visibleWhen")).isEqualTo(json("{\"var\": \"row.studeert\"}"));
        Evaluation evaluation = evaluator.evaluate(json("""
                {"kinderen": [{"naam": "Ada", "studeert": true}, {"naam": "Bo", "studeert": false}]}"""), DUTCH);
        List<ComponentState> rows = component(evaluation, "kinderen").children();
        assertThat(rows).filteredOn(c -> c.key().equals("school")).extracting(ComponentState::visible)
                .containsExactly(true, false);
        assertThat(rows).filteredOn(c -> c.key().equals("opleiding")).extracting(ComponentState::visible)
                .containsExactly(true, false);
    }

    @Test
    void showsOrHidesOnASimpleConditionalAsFormioDoes() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "radio", "key": "hond", "label": "Heeft u een hond?",
                   "values": [{"label": "Ja", "value": "ja"}, {"label": "Nee", "value": "nee"}]},
                  {"type": "textfield", "key": "ras", "label": "Ras", "conditional": {"show": true, "when": "hond", "eq": "ja"}},
                  {"type": "content", "key": "geenBelasting", "html": "<p>U betaalt <b>geen</b> belasting.</p>",
                   "conditional": {"show": "false", "when": "hond", "eq": "ja"}}]}""");
        FormEvaluator evaluator = new FormEvaluator(result.parse());

        Evaluation withDog = evaluator.evaluate(json("{\"hond\": \"ja\"}"), DUTCH);
        Evaluation withoutDog = evaluator.evaluate(json("{\"hond\": \"nee\"}"), DUTCH);

        assertThat(component(withDog, "ras").visible()).isTrue();
        assertThat(component(withDog, "geenBelasting").visible()).isFalse();
        assertThat(component(withoutDog, "ras").visible()).isFalse();
        assertThat(component(withoutDog, "geenBelasting").visible()).isTrue();
        assertThat(result.definition().at("/steps/0/components/2/content/nl").asText()).isEqualTo("U betaalt geen belasting.");
    }

    @Test
    void readsJsonLogicConditionalsWithoutFormiosDataPrefix() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "number", "key": "leeftijd", "label": "Leeftijd"},
                  {"type": "textfield", "key": "school", "label": "School",
                   "conditional": {"json": {"<": [{"var": "data.leeftijd"}, 18]}}}]}""");
        FormEvaluator evaluator = new FormEvaluator(result.parse());

        assertThat(result.definition().at("/steps/0/components/1/visibleWhen"))
                .isEqualTo(json("{\"<\": [{\"var\": \"leeftijd\"}, 18]}"));
        assertThat(component(evaluator.evaluate(json("{\"leeftijd\": 12}"), DUTCH), "school").visible()).isTrue();
        assertThat(component(evaluator.evaluate(json("{\"leeftijd\": 40}"), DUTCH), "school").visible()).isFalse();
    }

    @Test
    void flattensColumnsIntoTheEnclosingLevel() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "columns", "key": "kolommen", "columns": [
                    {"width": 6, "components": [{"type": "textfield", "key": "voornaam", "label": "Voornaam"}]},
                    {"width": 6, "components": [{"type": "textfield", "key": "achternaam", "label": "Achternaam"}]}]},
                  {"type": "email", "key": "email", "label": "E-mail"}]}""");

        assertThat(result.parse().steps().get(0).components()).extracting(c -> c.key())
                .containsExactly("voornaam", "achternaam", "email");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void takesSelectOptionsFromDataValues() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "select", "key": "geslacht", "label": "Geslacht", "dataSrc": "values",
                   "data": {"values": [{"label": "Man", "value": "m"}, {"label": "Vrouw", "value": "v"}, {"label": "", "value": ""}]}}]}""");

        assertThat(result.parse().steps().get(0).components().get(0).options())
                .extracting(o -> o.value() + "=" + o.label().in(Language.NL))
                .containsExactly("m=Man", "v=Vrouw");
    }

    @Test
    void reportsAJavaScriptConditionInsteadOfDroppingIt() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "textfield", "key": "wizard", "label": "Wizard"},
                  {"type": "textfield", "key": "extra", "label": "Extra", "customConditional": "show = data.wizard === 'B1';"}]}""");

        assertThat(result.parse().steps().get(0).components()).hasSize(2);
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.formioPointer()).isEqualTo("/components/1/customConditional");
            assertThat(note.property()).isEqualTo("customConditional");
            assertThat(note.reason()).contains("JavaScript").contains("data.wizard === 'B1'");
        });
    }

    @Test
    void mapsRequiredMaximumLengthAndPatternToChecksTheEvaluatorApplies() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "textfield", "key": "kenteken", "label": "Kenteken",
                   "validate": {"required": true, "maxLength": 8, "pattern": "[A-Z0-9-]+", "custom": ""}}]}""");
        FormEvaluator evaluator = new FormEvaluator(result.parse());

        assertThat(errors(evaluator, "{}")).containsExactly("validation.required");
        assertThat(errors(evaluator, "{\"kenteken\": \"AB-123-CDE\"}")).containsExactly("validation.text.max-length");
        assertThat(errors(evaluator, "{\"kenteken\": \"ab-12\"}")).singleElement().asString().contains("pattern");
        assertThat(errors(evaluator, "{\"kenteken\": \"AB-12-CD\"}")).isEmpty();
    }

    @Test
    void turnsJsonLogicValidationIntoARuleWithTheCustomMessage() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "number", "key": "aantal", "label": "Aantal",
                   "validate": {"json": {"if": [{">": [{"var": "data.aantal"}, 0]}, true, "Meer dan nul"]},
                                "customMessage": "Vul meer dan nul in"}}]}""");
        FormEvaluator evaluator = new FormEvaluator(result.parse());

        Evaluation zero = evaluator.evaluate(json("{\"aantal\": 0}"), DUTCH);
        assertThat(zero.errors()).extracting(FieldMessage::message).containsExactly("Vul meer dan nul in");
        assertThat(evaluator.evaluate(json("{\"aantal\": 3}"), DUTCH).errors()).isEmpty();
    }

    @Test
    void neverShowsAHiddenComponentButKeepsItsValue() {
        FormioImportResult result = convert("""
                {"components": [{"type": "textfield", "key": "kenmerk", "label": "Kenmerk", "hidden": true, "defaultValue": "X1"}]}""");
        FormEvaluator evaluator = new FormEvaluator(result.parse());

        assertThat(component(evaluator.evaluate(json("{}"), DUTCH), "kenmerk").visible()).isFalse();
        assertThat(result.definition().at("/steps/0/components/0/clearOnHide").asBoolean(true)).isFalse();
    }

    @Test
    void renamesKeysLoketDoesNotAllowAndDuplicatesWithANote() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "textfield", "key": "1-naam", "label": "Naam"},
                  {"type": "textfield", "key": "email", "label": "E-mail"},
                  {"type": "email", "key": "email", "label": "E-mail nogmaals"}]}""");

        assertThat(result.parse().steps().get(0).components()).extracting(c -> c.key())
                .containsExactly("k1_naam", "email", "email_2");
        assertThat(result.notes()).extracting(ImportNote::formioPointer)
                .containsExactly("/components/0/key", "/components/2/key");
    }

    @Test
    void dropsARuleThatNamesAnUnknownKeyWithANote() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "textfield", "key": "naam", "label": "Naam", "conditional": {"show": true, "when": "bestaatNiet", "eq": "x"}}]}""");

        assertThat(result.parse().steps().get(0).components().get(0).visibleWhen()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.formioPointer()).isEqualTo("/components/0/conditional");
            assertThat(n.reason()).contains("bestaatNiet");
        });
    }

    @Test
    void mapsOpenFormsPrefillAndFileLimits() {
        FormioImportResult result = convert("""
                {"components": [
                  {"type": "bsn", "key": "bsn", "label": "BSN", "prefill": {"plugin": "stufbg", "attribute": "bsn", "identifierRole": "main"}},
                  {"type": "file", "key": "bijlage", "label": "Bijlage", "file": {"type": ["application/pdf"], "name": ""},
                   "fileMaxSize": "10MB", "maxNumberOfFiles": 3, "multiple": true}]}""");

        FormDefinition definition = result.parse();

        assertThat(definition.steps().get(0).components().get(0).prefill()).hasValueSatisfying(p -> {
            assertThat(p.source()).isEqualTo("stufbg");
            assertThat(p.attribute()).isEqualTo("bsn");
        });
        assertThat(definition.steps().get(0).components().get(1).file()).satisfies(f -> {
            assertThat(f.types()).containsExactly("application/pdf");
            assertThat(f.maxSize()).isEqualTo(10L * 1024 * 1024);
            assertThat(f.maxCount()).isEqualTo(3);
        });
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void notesWhatTheFormioCoreWizardFixtureCannotCarryOver() {
        FormioImportResult result = FormioImport.convert(
                FormioCorpus.coreFixture("formWithDeeplyNestedConditionalWizards.json").form(), OPTIONS);

        result.parse();
        assertThat(result.notes()).anySatisfy(n -> {
            assertThat(n.formioPointer()).isEqualTo("/components/0/components/2");
            assertThat(n.reason()).contains("Dropped").contains("\"form\"");
        });
        assertThat(result.definition().at("/steps/0/key").asText()).isEqualTo("wizardAPartA");
    }

    @Test
    void notesOpenFormsVariableOptionsAndKeepsTheRestOfTheExport() {
        FormioCorpus.Sample sample = FormioCorpus.openFormsConfigurations().stream()
                .filter(s -> s.name().startsWith("openforms/dynamische-keuzelijsten/")).findFirst().orElseThrow();

        FormioImportResult result = FormioImport.convert(sample.form(), OPTIONS);

        result.parse();
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.property()).isEqualTo("openForms.dataSrc"));
    }

    @Test
    void copiesTextsInAnotherLanguageToDutchAndSaysSo() {
        FormioImportResult result = FormioImport.convert(json("""
                {"components": [{"type": "textfield", "key": "name", "label": "Name"}]}"""),
                OPTIONS.withLanguage(Language.EN).withTitle("Application"));

        assertThat(result.definition().at("/steps/0/components/0/label")).isEqualTo(json("{\"en\": \"Name\", \"nl\": \"Name\"}"));
        assertThat(result.parse().title().in(Language.EN)).isEqualTo("Application");
        assertThat(result.notes()).singleElement().extracting(ImportNote::formioPointer).isEqualTo("");
    }

    private static FormioImportResult convert(String formio) {
        return FormioImport.convert(json(formio), OPTIONS);
    }

    private static List<String> errors(FormEvaluator evaluator, String data) {
        return evaluator.evaluate(json(data), DUTCH).errors().stream().map(FieldMessage::key).toList();
    }

    private static ComponentState component(Evaluation evaluation, String key) {
        return evaluation.steps().stream().flatMap(s -> s.components().stream())
                .flatMap(c -> Optional.of(c).stream()).filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static JsonNode json(String text) {
        return ExampleForms.data(text);
    }
}
