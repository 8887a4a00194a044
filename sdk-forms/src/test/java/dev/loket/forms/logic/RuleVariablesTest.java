package dev.loket.forms.logic;

import static dev.loket.forms.logic.LogicJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link Rule#variables()} and {@link Rule#hasDynamicVariables()} report. */
class RuleVariablesTest {

    private static Rule compile(String rule) {
        return JsonLogic.compile(json(rule));
    }

    @Test
    void listsLiteralVarPathsAndMissingKeysInOrder() {
        Rule rule = compile("{\"and\": [{\">=\": [{\"var\": \"applicant.age\"}, 18]},"
                + " {\"!\": {\"missing\": [\"a\", \"b\"]}}, {\"missing_some\": [1, [\"c\", \"d\"]]},"
                + " {\"==\": [{\"var\": [\"items.0\", 0]}, {\"var\": 3}]}]}");
        assertThat(rule.variables()).containsExactly("applicant.age", "a", "b", "c", "d", "items.0", "3");
        assertThat(rule.hasDynamicVariables()).isFalse();
    }

    @Test
    void leavesOutPathsRelativeToTheItemsOfAnIteration() {
        Rule rule = compile("{\"reduce\": [{\"filter\": [{\"var\": \"children\"}, {\"<\": [{\"var\": \"age\"}, 18]}]},"
                + " {\"+\": [{\"var\": \"accumulator\"}, {\"var\": \"current.allowance\"}]}, {\"var\": \"base\"}]}");
        assertThat(rule.variables()).containsExactly("children", "base");
        assertThat(rule.hasDynamicVariables()).isFalse();
    }

    @Test
    void reportsAPathComputedAtRunTimeAsDynamic() {
        Rule rule = compile("{\"var\": {\"cat\": [\"answers.\", {\"var\": \"step\"}]}}");
        assertThat(rule.variables()).containsExactly("step");
        assertThat(rule.hasDynamicVariables()).isTrue();
    }

    @Test
    void reportsReadingTheWholeDataAsDynamic() {
        assertThat(compile("{\"var\": \"\"}").hasDynamicVariables()).isTrue();
        assertThat(compile("{\"map\": [{\"var\": \"xs\"}, {\"var\": \"\"}]}").hasDynamicVariables()).isFalse();
    }

    @Test
    void reportsMissingWithComputedKeysAsDynamic() {
        Rule rule = compile("{\"missing\": {\"merge\": [\"a\", {\"if\": [{\"var\": \"b\"}, [\"c\"], []]}]}}");
        assertThat(rule.variables()).containsExactly("b");
        assertThat(rule.hasDynamicVariables()).isTrue();
    }
}
