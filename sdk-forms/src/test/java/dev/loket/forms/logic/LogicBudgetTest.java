package dev.loket.forms.logic;

import static dev.loket.forms.logic.LogicJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogicBudgetTest {

    /** The sum over a, of the sum over b, of the sum over c: |a| x |b| x |c| evaluations of the innermost logic. */
    private static final String NESTED_REDUCE = "{\"reduce\": [{\"var\": \"a\"}, {\"+\": [{\"var\": \"accumulator\"},"
            + " {\"reduce\": [{\"var\": \"current\"}, {\"+\": [{\"var\": \"accumulator\"},"
            + " {\"reduce\": [{\"var\": \"current\"}, {\"+\": [{\"var\": \"accumulator\"}, 1]}, 0]}]}, 0]}]}, 0]}";

    private static String nestedArrays(int size) {
        String inner = IntStream.range(0, size).mapToObj(i -> "0").collect(Collectors.joining(",", "[", "]"));
        String middle = IntStream.range(0, size).mapToObj(i -> inner).collect(Collectors.joining(",", "[", "]"));
        return IntStream.range(0, size).mapToObj(i -> middle).collect(Collectors.joining(",", "{\"a\": [", "]}"));
    }

    @Test
    void stopsANestedReduceOverLongArraysWithATypedExceptionInsteadOfTakingSeconds() {
        Rule rule = JsonLogic.compile(json(NESTED_REDUCE));
        JsonNode data = json(nestedArrays(100)); // a million evaluations of the innermost sum, each of several steps

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> rule.evaluate(data)).isInstanceOfSatisfying(RuleBudgetExceededException.class, e -> {
                    assertThat(e.type().status()).isEqualTo(422);
                    assertThat(e.type().type().toString()).endsWith("forms/rule-budget-exceeded");
                    assertThat(e.detail().in(Language.EN)).contains("more than 1000000 steps");
                }));
    }

    @Test
    void evaluatesTheSameRuleWithinTheBudgetAsBefore() {
        Rule rule = JsonLogic.compile(json(NESTED_REDUCE));

        assertThat(rule.evaluate(json(nestedArrays(10))).decimalValue()).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> rule.evaluate(json(nestedArrays(100)))).isInstanceOf(RuleBudgetExceededException.class);
        assertThat(rule.evaluate(json(nestedArrays(10))).decimalValue()).as("a stopped evaluation leaves nothing behind")
                .isEqualByComparingTo("1000");
    }

    @Test
    void stopsAReduceThatDoublesAnArrayOrAStringBeforeItFillsTheMemory() {
        String range = IntStream.range(0, 64).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
        Rule arrays = JsonLogic.compile(json("{\"reduce\": [{\"var\": \"n\"}, {\"merge\": [{\"var\": \"accumulator\"},"
                + " {\"var\": \"accumulator\"}]}, [1]]}"));
        Rule strings = JsonLogic.compile(json("{\"reduce\": [{\"var\": \"n\"}, {\"cat\": [{\"var\": \"accumulator\"},"
                + " {\"var\": \"accumulator\"}]}, \"x\"]}"));
        JsonNode data = json("{\"n\": " + range + "}");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> arrays.evaluate(data)).isInstanceOf(RuleBudgetExceededException.class);
            assertThatThrownBy(() -> strings.evaluate(data)).isInstanceOf(RuleBudgetExceededException.class);
        });
    }

    @Test
    void refusesIterationsNestedDeeperThanTheBudgetWhenCompiled() {
        String four = "{\"map\": [[1], {\"map\": [[1], {\"map\": [[1], {\"map\": [[1], 1]}]}]}]}";
        String five = "{\"some\": [[1], " + four + "]}";

        assertThat(JsonLogic.compile(json(four)).evaluate(null).toString()).isEqualTo("[[[[1]]]]");
        assertThatThrownBy(() -> JsonLogic.compile(json(five))).isInstanceOfSatisfying(InvalidRuleException.class, e -> {
            assertThat(e.getMessage()).contains("nested more than 4 deep");
            assertThat(e.pointer()).isEqualTo("/some/1/map/1/map/1/map/1/map");
        });
    }

    @Test
    void iterationsSideBySideOrOverAnIterationsResultAreNotNested() {
        String sideBySide = "{\"and\": [" + IntStream.range(0, 10).mapToObj(i -> "{\"all\": [[1], {\"some\": [[1], true]}]}")
                .collect(Collectors.joining(",")) + "]}";
        String overAResult = "{\"map\": [{\"map\": [{\"map\": [{\"map\": [{\"map\": [[1], 2]}, 3]}, 4]}, 5]}, 6]}";

        assertThat(JsonLogic.compile(json(sideBySide), new LogicBudget(10_000, 2, 1_000)).evaluate(null).asBoolean()).isTrue();
        assertThat(JsonLogic.compile(json(overAResult), new LogicBudget(10_000, 1, 1_000)).evaluate(null).toString()).isEqualTo("[6]");
    }

    @Test
    void refusesARuleWithMoreValuesThanTheBudgetWhenCompiled() {
        String big = "{\"in\": [{\"var\": \"x\"}, " + IntStream.range(0, 200).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "[", "]")) + "]}";

        assertThat(JsonLogic.compile(json(big), new LogicBudget(300, 4, 1_000)).evaluate(json("{\"x\": 7}")).asBoolean()).isTrue();
        assertThatThrownBy(() -> JsonLogic.compile(json(big), new LogicBudget(100, 4, 1_000)))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("more than 100 values");
    }

    @Test
    void refusesWhenCompiledAPartWithoutDataThatWouldExceedTheStepsOnEveryEvaluation() {
        String doubled = "{\"if\": [{\"var\": \"x\"}, {\"merge\": [" + IntStream.range(0, 50).mapToObj(i -> "[1, 2, 3]")
                .collect(Collectors.joining(",")) + "]}, {\"cat\": [\"a\", \"b\"]}]}";

        assertThatThrownBy(() -> JsonLogic.compile(json(doubled.replace("{\"merge\"", "{\"cat\"")), new LogicBudget(10_000, 4, 100)))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> {
                    assertThat(e.getMessage()).contains("more than 100 steps");
                    assertThat(e.pointer()).isEqualTo("/if/1");
                });
    }

    @Test
    void aBudgetHasPositiveBounds() {
        assertThatThrownBy(() -> new LogicBudget(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LogicBudget.standard()).isEqualTo(LogicBudget.DEFAULT);
    }
}
