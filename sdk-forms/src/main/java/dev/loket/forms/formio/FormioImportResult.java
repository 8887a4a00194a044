package dev.loket.forms.formio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.FormDefinitions;

import java.util.List;
import java.util.Objects;

/**
 * A Form.io form converted to a Loket definition, with everything that did not carry over.
 *
 * @param definition the Loket definition JSON ({@code "loket": "1.0"}); it always parses with
 *                   {@link FormDefinitions#parse(com.fasterxml.jackson.databind.JsonNode)}
 * @param notes      what was not mapped, changed or dropped, in the order of the Form.io form
 */
public record FormioImportResult(ObjectNode definition, List<ImportNote> notes) {

    public FormioImportResult {
        Objects.requireNonNull(definition, "definition");
        notes = List.copyOf(notes);
    }

    /** The definition, parsed and checked. */
    public FormDefinition parse() {
        return FormDefinitions.parse(definition);
    }

    /** The notes whose pointer is this one or lies under it. */
    public List<ImportNote> notesAt(String formioPointer) {
        return notes.stream()
                .filter(n -> n.formioPointer().equals(formioPointer) || n.formioPointer().startsWith(formioPointer + "/"))
                .toList();
    }
}
