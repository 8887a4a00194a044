package dev.loket.forms.formio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.internal.formio.FormioConverter;

import java.util.Objects;

/**
 * Converts Form.io form definitions (as Open Formulieren stores them in its form definitions'
 * {@code configuration}) into Loket form definitions. Pure and thread-safe.
 *
 * <pre>{@code
 * FormioImportResult result = FormioImport.convert(formioJson, FormioImportOptions.of("melding", "1.0.0"));
 * result.notes().forEach(System.out::println);   // review what did not carry over
 * FormDefinition definition = result.parse();
 * }</pre>
 */
public final class FormioImport {

    private FormioImport() {
    }

    /**
     * Converts a Form.io form: an object with {@code components}, optionally {@code "display":
     * "wizard"} whose top-level panels become steps. The result always parses as a Loket
     * definition; whatever could not be carried over is in its notes.
     *
     * @throws IllegalArgumentException when the input is not an object with a {@code components} list
     */
    public static FormioImportResult convert(JsonNode formioForm, FormioImportOptions options) {
        Objects.requireNonNull(options, "options");
        if (formioForm == null || !formioForm.isObject() || !formioForm.path("components").isArray()) {
            throw new IllegalArgumentException("A Form.io form is a JSON object with a \"components\" list");
        }
        return new FormioConverter(options).convert(formioForm);
    }
}
