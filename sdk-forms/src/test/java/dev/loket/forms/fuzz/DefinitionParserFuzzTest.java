package dev.loket.forms.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.FormDefinitions;
import dev.loket.forms.definition.InvalidDefinitionException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the form definition parser, which reads what a form author (or an import) hands in: any
 * text is either a definition or refused with {@link InvalidDefinitionException} listing its
 * problems; nothing else escapes (no NullPointerException, ClassCastException or overflow that
 * would become a 500 or stop a start-up with a stack trace instead of a reason).
 *
 * <p>Seeds: {@code DefinitionParserFuzzTestInputs} (the example forms). Fuzzed for a bounded time
 * by the build's {@code fuzz} execution.
 */
class DefinitionParserFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void anyTextIsADefinitionOrRefusedWithItsProblems(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        try {
            FormDefinition definition = FormDefinitions.parse(json);
            assertThat(definition.steps()).isNotEmpty();
        } catch (InvalidDefinitionException refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }
}
