package dev.loket.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.loket.forms.ExampleForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormDefinitionsTest {

    static final List<String> EXAMPLES = ExampleForms.NAMES;

    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try {
            Path file = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../"), "spec", "schemas",
                    "form-definition.schema.json");
            if (!Files.exists(file)) {
                file = Path.of("../spec/schemas/form-definition.schema.json");
            }
            JsonNode schema = ExampleForms.JSON.readTree(file.toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void everyExampleFollowsTheSchemaAndParses(String name) {
        JsonNode json = ExampleForms.json(name);

        Set<ValidationMessage> schemaErrors = SCHEMA.validate(json);
        FormDefinition form = FormDefinitions.parse(json);

        assertThat(schemaErrors).isEmpty();
        assertThat(form.id()).isEqualTo(name);
        assertThat(form.title().in(dev.loket.core.Language.EN)).isNotBlank();
    }

    @Test
    void theLargeExampleHasSixtyComponentsInFiveStepsAndTwentyRules() {
        FormDefinition form = ExampleForms.definition("bijzondere-bijstand");

        assertThat(form.steps()).hasSize(5);
        assertThat(form.steps().stream().mapToInt(s -> count(s.components())).sum()).isEqualTo(60);
        assertThat(rules(form)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void reportsEveryProblemWithItsPointerNotJustTheFirst() {
        String broken = """
                {"loket": "1.0", "id": "kapot", "version": "1",
                 "title": {"nl": "Kapot"},
                 "steps": [{"key": "een", "title": "Een", "components": [
                   {"type": "text", "key": "naam", "label": "Naam"},
                   {"type": "slider", "key": "x", "label": "X"},
                   {"type": "text", "key": "naam", "label": "Nog eens"},
                   {"type": "text", "key": "y", "label": "Y", "visibleWhen": {"frobnicate": [1]}},
                   {"type": "text", "key": "z", "label": "Z", "required": {"==": [{"var": "bestaat_niet"}, 1]}},
                   {"type": "computed", "key": "a", "compute": {"+": [{"var": "b"}, 1]}},
                   {"type": "computed", "key": "b", "compute": {"+": [{"var": "a"}, 1]}},
                   {"type": "radio", "key": "keuze", "label": "Keuze"},
                   {"type": "text", "key": "w", "label": "W", "colour": "red"}
                 ]}]}""";

        assertThatThrownBy(() -> FormDefinitions.parse(broken))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
                    assertThat(e.problems())
                        .extracting(DefinitionProblem::pointer, DefinitionProblem::code)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("/steps/0/components/1/type", "unknown-type"),
                                org.assertj.core.groups.Tuple.tuple("/steps/0/components/2/key", "duplicate-key"),
                                org.assertj.core.groups.Tuple.tuple("/steps/0/components/4/required", "unknown-reference"),
                                org.assertj.core.groups.Tuple.tuple("/steps/0/components/7/options", "missing"),
                                org.assertj.core.groups.Tuple.tuple("/steps/0/components/8/colour", "unknown-property"));
                    assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.code()).isEqualTo("invalid-logic");
                            assertThat(p.pointer()).startsWith("/steps/0/components/3/visibleWhen");
                        })
                        .anySatisfy(p -> {
                            assertThat(p.code()).isEqualTo("computed-cycle");
                            assertThat(p.message()).contains("a").contains("b");
                        });
                });
    }

    @Test
    void allowsRowReferencesOnlyInsideARepeatingGroup() {
        String outside = """
                {"loket": "1.0", "id": "rij", "version": "1", "title": "Rij",
                 "steps": [{"key": "een", "title": "Een", "components": [
                   {"type": "text", "key": "naam", "label": "Naam", "visibleWhen": {"var": "row.naam"}}
                 ]}]}""";

        assertThatThrownBy(() -> FormDefinitions.parse(outside))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
                        assertThat(e.problems()).extracting(DefinitionProblem::code).containsExactly("unknown-reference"));
    }

    @Test
    void reportsARepeatingGroupWithoutAKeyInsteadOfFailing() {
        // Found by DefinitionParserFuzzTest: the group's missing key was a NullPointerException.
        String keyless = """
                {"loket": "1.0", "id": "rij", "version": "1", "title": "Rij",
                 "steps": [{"key": "een", "title": "Een", "components": [
                   {"type": "repeat", "label": "Kinderen", "components": [
                     {"type": "text", "key": "naam", "label": "Naam", "compute": {"cat": ["a", "b"]}}
                   ]}
                 ]}]}""";

        assertThatThrownBy(() -> FormDefinitions.parse(keyless))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
                        assertThat(e.problems()).extracting(DefinitionProblem::pointer)
                                .contains("/steps/0/components/0/key"));
    }

    @Test
    void refusesTextThatIsNotJsonAndUnknownFormatVersions() {
        assertThatThrownBy(() -> FormDefinitions.parse("{not json"))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
                        assertThat(e.problems()).extracting(DefinitionProblem::code).containsExactly("not-json"));
        assertThatThrownBy(() -> FormDefinitions.parse("""
                {"loket": "2.0", "id": "x", "version": "1", "title": "X", "steps": []}"""))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
                        assertThat(e.problems()).extracting(DefinitionProblem::code)
                                .contains("unsupported-format", "no-steps"));
    }

    private static int count(List<Component> components) {
        return components.stream().mapToInt(c -> 1 + count(c.components())).sum();
    }

    private static int rules(FormDefinition form) {
        return form.steps().stream().mapToInt(s -> (s.visibleWhen().isPresent() ? 1 : 0) + rules(s.components())).sum();
    }

    private static int rules(List<Component> components) {
        int n = 0;
        for (Component c : components) {
            n += (c.visibleWhen().isPresent() ? 1 : 0) + (c.required().condition().isPresent() ? 1 : 0)
                    + (c.compute().isPresent() ? 1 : 0) + c.validation().rules().size() + rules(c.components());
        }
        return n;
    }
}
