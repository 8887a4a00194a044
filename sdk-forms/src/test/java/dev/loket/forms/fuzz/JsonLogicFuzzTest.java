package dev.loket.forms.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.loket.core.Json;
import dev.loket.forms.logic.InvalidRuleException;
import dev.loket.forms.logic.JsonLogic;
import dev.loket.forms.logic.LogicContext;
import dev.loket.forms.logic.Rule;
import dev.loket.forms.logic.RuleBudgetExceededException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the JSON Logic compiler and evaluator with rules an author could write: a rule either
 * compiles or is refused with {@link InvalidRuleException}, and a compiled rule evaluates to a value
 * on any data, or is stopped by its step budget with {@link RuleBudgetExceededException}; nothing
 * else escapes and nothing hangs. An input is a rule, or a pair {@code [rule, data]}.
 *
 * <p>Seeds: {@code JsonLogicFuzzTestInputs}. Fuzzed for a bounded time by the build's {@code fuzz}
 * execution.
 */
class JsonLogicFuzzTest {

    private static final LogicContext CONTEXT = new LogicContext(
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/Amsterdam")),
            ZoneId.of("Europe/Amsterdam"));

    @FuzzTest(maxDuration = "20s")
    void aRuleCompilesOrIsRefusedAndACompiledRuleAlwaysGivesAValue(byte[] input) {
        JsonNode read = json(new String(input, StandardCharsets.UTF_8));
        if (read == null) {
            return;
        }
        // A seed [rule, data] carries data of its own; any other JSON is a rule on empty data.
        boolean pair = read.isArray() && read.size() == 2;
        JsonNode rule = pair ? read.get(0) : read;
        JsonNode data = pair ? read.get(1) : NullNode.getInstance();
        Rule compiled;
        try {
            compiled = JsonLogic.compile(rule);
        } catch (InvalidRuleException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        try {
            assertThat(compiled.evaluate(data, CONTEXT)).isNotNull();
        } catch (RuleBudgetExceededException stopped) {
            // The step budget ends a rule that would run too long; that is an answer, not a crash.
            assertThat(stopped.getMessage()).isNotBlank();
        }
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
