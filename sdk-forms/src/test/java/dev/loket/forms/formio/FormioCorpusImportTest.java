package dev.loket.forms.formio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.internal.formio.FormioWhitelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.loket.forms.internal.formio.FormioWhitelist;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Form.io form in the shared reference data converts to a Loket definition that parses. */
class FormioCorpusImportTest {

    static Stream<FormioCorpus.Sample> allForms() {
        return Stream.concat(FormioCorpus.coreFixtureForms().stream(), FormioCorpus.openFormsConfigurations().stream());
    }

    @Test
    void findsTheFormsAmongTheFixturesAndSkipsSubmissionsAndComponentLists() {
        int files = FormioCorpus.coreFixtureFiles().size();
        int forms = FormioCorpus.coreFixtureForms().size();

        assertThat(files).isEqualTo(19);
        assertThat(forms).isEqualTo(11);
        assertThat(files - forms).as("submissions and bare component lists").isEqualTo(8);
        assertThat(FormioCorpus.openFormsConfigurations()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allForms")
    void convertsToADefinitionThatParses(FormioCorpus.Sample sample) {
        FormioImportResult result = FormioImport.convert(sample.form(), FormioImportOptions.of("import", "1"));

        FormDefinition definition = result.parse();

        assertThat(definition.steps()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allForms")
    void accountsForEveryPropertyThatMeansSomething(FormioCorpus.Sample sample) {
        FormioImportResult result = FormioImport.convert(sample.form(), FormioImportOptions.of("import", "1"));

        // Checked from the input, not from the importer's bookkeeping: every property with an effect
        // that is neither mapped nor whitelisted (spec/formio-import.md) has a note at or under it.
        List<String> unaccounted = new ArrayList<>();
        walk(sample.form().path("components"), "/components", result, unaccounted);
        assertThat(unaccounted).isEmpty();
    }

    /** Properties the importer maps (spec/formio-import.md); everything else effective needs a note. */
    private static final Set<String> MAPPED = Set.of("type", "key", "label", "title", "legend", "description", "tooltip",
            "hidden", "conditional", "clearOnHide", "validate", "defaultValue", "prefill", "components", "columns", "rows",
            "values", "data", "dataSrc", "file", "fileMaxSize", "maxNumberOfFiles", "html", "content", "enableTime",
            "calculateValue", "calculateServer", "openForms", "persistent", "multiple", "currency", "inputMask", "action");

    private static void walk(JsonNode components, String pointer, FormioImportResult result, List<String> unaccounted) {
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String at = pointer + "/" + i;
            boolean dropped = result.notes().stream().anyMatch(n -> n.formioPointer().equals(at)
                    && n.reason().startsWith("Dropped")) || result.notes().stream().anyMatch(n ->
                    n.formioPointer().equals(at + "/type") && n.reason().startsWith("Dropped"));
            if (dropped) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = component.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if (MAPPED.contains(name) || FormioWhitelist.PRESENTATIONAL.contains(name) || FormioWhitelist.effectless(field.getValue())) {
                    continue;
                }
                if (result.notesAt(at + "/" + name.replace("~", "~0").replace("/", "~1")).isEmpty()) {
                    unaccounted.add(at + "/" + name);
                }
            }
            walk(component.path("components"), at + "/components", result, unaccounted);
            for (int c = 0; c < component.path("columns").size(); c++) {
                walk(component.get("columns").get(c).path("components"), at + "/columns/" + c + "/components", result, unaccounted);
            }
        }
    }
}
