package dev.loket.forms.logic;

import static dev.loket.forms.logic.LogicJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the engine where json-logic-js has edge cases, and where Loket deliberately differs. */
class JsonLogicTest {

    private static JsonNode apply(String rule, String data) {
        return JsonLogic.apply(json(rule), json(data));
    }

    private static JsonNode apply(String rule) {
        return apply(rule, "null");
    }

    @Test
    void addsMoneyExactlyWhereJavaScriptWouldRound() {
        assertThat(apply("{\"+\": [0.1, 0.2]}").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(apply("{\"==\": [{\"+\": [0.1, 0.2]}, 0.3]}").booleanValue()).isTrue();
        assertThat(apply("{\"*\": [{\"var\": \"price\"}, 3]}", "{\"price\": 19.99}").decimalValue())
                .isEqualByComparingTo("59.97");
        assertThat(apply("{\"-\": [\"10.10\", 0.1]}").asInt()).isEqualTo(10);
    }

    @Test
    void writesIntegralResultsAsIntegralJsonNumbers() {
        JsonNode result = apply("{\"*\": [2.5, 2]}");
        assertThat(result.isIntegralNumber()).isTrue();
        assertThat(result.toString()).isEqualTo("5");
        assertThat(apply("{\"/\": [1, 4]}").toString()).isEqualTo("0.25");
    }

    @Test
    void roundsNonTerminatingQuotientsTo34SignificantDigits() {
        assertThat(apply("{\"/\": [1, 3]}").decimalValue().toPlainString())
                .isEqualTo("0." + "3".repeat(34));
    }

    @Test
    void givesNullWhereJavaScriptWouldGiveNaNOrInfinity() {
        assertThat(apply("{\"/\": [1, 0]}").isNull()).isTrue();
        assertThat(apply("{\"%\": [1, 0]}").isNull()).isTrue();
        assertThat(apply("{\"+\": [\"abc\"]}").isNull()).isTrue();
        assertThat(apply("{\"max\": []}").isNull()).isTrue();
        assertThat(apply("{\"map\": [[1, 0], {\"/\": [1, {\"var\": \"\"}]}]}").toString()).isEqualTo("[1,null]");
    }

    @Test
    void keepsInfinityWhileComparingAsJavaScriptDoes() {
        assertThat(apply("{\">\": [{\"/\": [1, 0]}, 1000000]}").booleanValue()).isTrue();
        assertThat(apply("{\"<\": [{\"/\": [-1, 0]}, -1000000]}").booleanValue()).isTrue();
        assertThat(apply("{\"==\": [{\"/\": [0, 0]}, {\"/\": [0, 0]}]}").booleanValue()).isFalse();
    }

    @Test
    void treatsEmptyArraysAsFalsyAndTheStringZeroAsTruthy() {
        assertThat(apply("{\"!!\": [[]]}").booleanValue()).isFalse();
        assertThat(apply("{\"!!\": [\"0\"]}").booleanValue()).isTrue();
        assertThat(apply("{\"!!\": [{}]}").booleanValue()).isTrue();
        assertThat(apply("{\"if\": [[], \"yes\", \"no\"]}").textValue()).isEqualTo("no");
    }

    @Test
    void comparesLooselyWithJavaScriptCoercions() {
        assertThat(apply("{\"==\": [[1], \"1\"]}").booleanValue()).isTrue();
        assertThat(apply("{\"==\": [[], false]}").booleanValue()).isTrue();
        assertThat(apply("{\"==\": [\"\", 0]}").booleanValue()).isTrue();
        assertThat(apply("{\"==\": [null, 0]}").booleanValue()).isFalse();
        assertThat(apply("{\"==\": [\" 0x10 \", 16]}").booleanValue()).isTrue();
        assertThat(apply("{\"<\": [\"10\", \"9\"]}").booleanValue()).isTrue(); // two strings: text order
        assertThat(apply("{\"<\": [\"10\", 9]}").booleanValue()).isFalse();
        assertThat(apply("{\"<\": [[2], 10]}").booleanValue()).isTrue();
    }

    @Test
    void tellsArraysApartByIdentityLikeJavaScript() {
        assertThat(apply("{\"==\": [[1], [1]]}").booleanValue()).isFalse();
        assertThat(apply("{\"===\": [{\"var\": \"a\"}, {\"var\": \"a\"}]}", "{\"a\": [1]}").booleanValue()).isTrue();
        assertThat(apply("{\"in\": [[1], [[1]]]}").booleanValue()).isFalse();
    }

    @Test
    void returnsTheDecidingValueFromAndAndOr() {
        assertThat(apply("{\"and\": [1, \"\", 3]}").textValue()).isEmpty();
        assertThat(apply("{\"and\": [1, \"a\", 3]}").asInt()).isEqualTo(3);
        assertThat(apply("{\"or\": [0, [], \"x\"]}").textValue()).isEqualTo("x");
        assertThat(apply("{\"or\": [0, false]}").booleanValue()).isFalse();
        assertThat(apply("{\"and\": []}").isNull()).isTrue();
    }

    @Test
    void readsDottedPathsIndexesDefaultsAndTheWholeData() {
        String data = "{\"a\": {\"b\": [10, {\"c\": \"deep\"}]}, \"n\": null, \"s\": \"text\"}";
        assertThat(apply("{\"var\": \"a.b.1.c\"}", data).textValue()).isEqualTo("deep");
        assertThat(apply("{\"var\": [\"a.b.5\", \"fallback\"]}", data).textValue()).isEqualTo("fallback");
        assertThat(apply("{\"var\": [\"n\", \"fallback\"]}", data).isNull()).isTrue(); // present but null
        assertThat(apply("{\"var\": \"s.length\"}", data).asInt()).isEqualTo(4);
        assertThat(apply("{\"var\": 1}", "[\"zero\", \"one\"]").textValue()).isEqualTo("one");
        assertThat(apply("{\"var\": \"\"}", data)).isEqualTo(json(data));
        assertThat(apply("{\"var\": []}", "7").asInt()).isEqualTo(7);
        assertThat(apply("{\"var\": \"a.b.01\"}", data).isNull()).isTrue(); // not an array index
    }

    @Test
    void evaluatesTheDefaultOfVarFromARule() {
        assertThat(apply("{\"var\": [\"x\", {\"+\": [1, 1]}]}", "{}").asInt()).isEqualTo(2);
    }

    @Test
    void cutsSubstringsWithNegativeStartAndLength() {
        assertThat(apply("{\"substr\": [\"jsonlogic\", -5]}").textValue()).isEqualTo("logic");
        assertThat(apply("{\"substr\": [\"jsonlogic\", 1, -5]}").textValue()).isEqualTo("son");
        assertThat(apply("{\"substr\": [\"jsonlogic\", 4, 2]}").textValue()).isEqualTo("lo");
        assertThat(apply("{\"substr\": [12345, 1, 2]}").textValue()).isEqualTo("23");
    }

    @Test
    void reducesWithCurrentAndAccumulator() {
        String rule = "{\"reduce\": [{\"var\": \"items\"}, {\"+\": [{\"var\": \"current.price\"},"
                + " {\"var\": \"accumulator\"}]}, 0]}";
        assertThat(apply(rule, "{\"items\": [{\"price\": 12.50}, {\"price\": 7.25}]}").decimalValue())
                .isEqualByComparingTo("19.75");
        assertThat(apply("{\"reduce\": [\"not an array\", {\"var\": \"current\"}, 5]}").asInt()).isEqualTo(5);
    }

    @Test
    void givesTheScopeOfReduceAsAPlainObjectThatTheCallerMayChange() {
        JsonNode result = apply("{\"merge\": [{\"reduce\": [[1, 2], {\"var\": \"\"}]}]}");
        assertThat(result.toString()).isEqualTo("[{\"current\":2,\"accumulator\":{\"current\":1,\"accumulator\":null}}]");
        ((com.fasterxml.jackson.databind.node.ObjectNode) result.get(0)).put("total", 3);
        ((com.fasterxml.jackson.databind.node.ObjectNode) result.get(0).get("accumulator")).remove("current");
        assertThat(result.toString()).isEqualTo("[{\"current\":2,\"accumulator\":{\"accumulator\":null},\"total\":3}]");
        JsonNode scope = apply("{\"reduce\": [[1], {\"var\": \"\"}, {\"and\": []}]}");
        assertThat(scope.toString()).isEqualTo("{\"current\":1}"); // undefined accumulator: no property
        ((com.fasterxml.jackson.databind.node.ObjectNode) scope).put("accumulator", 0);
    }

    @Test
    void logsItsArgumentAndReturnsIt() {
        assertThat(apply("{\"log\": [\"apple\"]}").textValue()).isEqualTo("apple");
    }

    @Test
    void rejectsAnUnknownOperatorWithAPointerToIt() {
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"and\": [true, {\"frobnicate\": [1]}]}")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("Unknown operator \"frobnicate\"")
                .extracting(e -> ((InvalidRuleException) e).pointer()).isEqualTo("/and/1");
    }

    @Test
    void rejectsAnOperatorObjectWithTwoKeys() {
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"if\": [{\"var\": \"a\", \"+\": [1]}, 1, 2]}")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("exactly one key")
                .extracting(e -> ((InvalidRuleException) e).pointer()).isEqualTo("/if/0");
    }

    @Test
    void escapesSlashAndTildeInPointers() {
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"/\": [1, {\"~x\": 2}]}")))
                .isInstanceOf(InvalidRuleException.class)
                .extracting(e -> ((InvalidRuleException) e).pointer()).isEqualTo("/~1/1");
    }

    @Test
    void rejectsArityThatJsonLogicJsCannotEvaluate() {
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"*\": []}")))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("at least one argument");
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"not\": {\"missing_some\": [1]}}")))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("Unknown operator \"not\"");
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"!\": {\"missing_some\": [1]}}")))
                .isInstanceOf(InvalidRuleException.class)
                .extracting(e -> ((InvalidRuleException) e).pointer()).isEqualTo("/!");
    }

    @Test
    void rejectsRulesNestedBeyondTheLimit() {
        JsonNode rule = json("true");
        for (int i = 0; i < 2_000; i++) {
            rule = LogicJson.MAPPER.createObjectNode().set("!", rule);
        }
        JsonNode deep = rule;
        assertThatThrownBy(() -> JsonLogic.compile(deep))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void acceptsAnEmptyObjectAsAValue() {
        assertThat(apply("{}").isObject()).isTrue();
        assertThat(apply("[{}, 1]").toString()).isEqualTo("[{},1]");
    }

    @Test
    void treatsJavaNullAsJsonNull() {
        assertThat(JsonLogic.apply(null, null).isNull()).isTrue();
        assertThat(JsonLogic.compile(json("{\"var\": \"a\"}")).evaluate(null).isNull()).isTrue();
    }

    @Test
    void neverFailsAtRunTimeOnOddData() {
        JsonNode suite = LogicJson.read(LogicJson.sharedData().resolve("jsonlogic-official/tests.json"));
        List<String> oddData = List.of("null", "0", "\"\"", "\"text\"", "[]", "[[[]]]", "{}", "true", "-0.5",
                "1e308", "{\"a\": {\"b\": [null, {}]}, \"x\": [1, \"2\", [3]], \"length\": \"l\"}",
                "[null, {\"current\": 1}]", "1e-400", "\"1e999999999\"");
        for (JsonNode entry : suite) {
            if (!entry.isArray()) {
                continue;
            }
            Rule rule = JsonLogic.compile(entry.get(0));
            for (String data : oddData) {
                assertThat(rule.evaluate(json(data))).as("%s on %s", entry.get(0), data).isNotNull();
            }
        }
    }
}
