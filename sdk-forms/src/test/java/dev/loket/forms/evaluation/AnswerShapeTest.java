package dev.loket.forms.evaluation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.FieldError;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerShapeTest {

    private final FormEvaluator moving = new FormEvaluator(ExampleForms.definition("verhuizing"));

    @Test
    void takesAnswersThatAreAllTheFormsFields() throws Exception {
        ObjectNode data = (ObjectNode) Json.mapper().readTree("""
                {"verhuisdatum": "2026-12-01", "met_anderen": true,
                 "medeverhuizers": [{"voornaam": "Sem", "achternaam": "Jansen"}], "email": "a@example.org"}""");

        assertThat(moving.shapeProblems(data)).isEmpty();
    }

    @Test
    void refusesAKeyTheFormDoesNotHaveWithItsPointerAtAnyDepth() throws Exception {
        ObjectNode data = (ObjectNode) Json.mapper().readTree("""
                {"verhuisdatum": "2026-12-01", "admin": true,
                 "medeverhuizers": [{"voornaam": "Sem"}, {"voornaam": "Eva", "a/b": 1}]}""");

        List<FieldError> problems = moving.shapeProblems(data);

        assertThat(problems).extracting(FieldError::pointer).containsExactly("/admin", "/medeverhuizers/1/a~1b");
        assertThat(problems.get(0).message().in(Language.EN)).isEqualTo("This field does not belong to this form.");
    }

    @Test
    void refusesARepeatingGroupOverItsMaxItemsWithoutLookingAtTheItems() {
        ObjectNode data = Json.mapper().createObjectNode();
        ArrayNode people = data.putArray("medeverhuizers");
        for (int i = 0; i < 100_000; i++) {
            people.addObject().put("unknown", i);
        }

        List<FieldError> problems = moving.shapeProblems(data);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).pointer()).isEqualTo("/medeverhuizers");
        assertThat(problems.get(0).message().in(Language.EN)).startsWith("At most 10 answers fit here, not 100");
    }

    @Test
    void listsAtMostTwentyProblems() {
        ObjectNode data = Json.mapper().createObjectNode();
        for (int i = 0; i < 10_000; i++) {
            data.put("unknown" + i, i);
        }

        assertThat(moving.shapeProblems(data)).hasSize(20);
    }
}
