package dev.loket.forms.logic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The community suites of json-logic-engine (testdata/jsonlogic-engine-suites, see its SOURCE.txt)
 * for the classic operators that Loket supports.
 *
 * <p>Those suites describe json-logic-engine 5, which differs from json-logic-js 2.0.5 (the reference
 * Loket follows) in places: for instance {@code {"-": [1, 2, 3]}} is -4 there and -1 in json-logic-js,
 * and {@code {"max": ["1"]}} is an error there and 1 in json-logic-js. So every case is also run through
 * json-logic-js, and Loket must give what the suite expects or, where the two engines disagree, what
 * json-logic-js gives.
 */
class CommunitySuiteTest {

    /** Whole files left out, and why. */
    private static final Map<String, String> SKIPPED_FILES = Map.ofEntries(
            Map.entry("val.json", "val is a newer operator, not in the classic jsonlogic.com set"),
            Map.entry("val-compat.json", "val is a newer operator"),
            Map.entry("val.extra.json", "val is a newer operator"),
            Map.entry("exists.json", "exists is a newer operator"),
            Map.entry("try.json", "try is a newer operator"),
            Map.entry("try.extra.json", "try is a newer operator"),
            Map.entry("throw.json", "throw is a newer operator"),
            Map.entry("coalesce.json", "?? is a newer operator"),
            Map.entry("length.json", "length is a newer operator"),
            Map.entry("preserve.json", "preserve is a json-logic-engine operator"),
            Map.entry("scopes.json", "relies on val for reading outer scopes"),
            Map.entry("iterators.extra.json", "*.extra.json test json-logic-engine extensions"),
            Map.entry("divide.extra.json", "uses preserve, a json-logic-engine operator"),
            Map.entry("minus.extra.json", "uses preserve, a json-logic-engine operator"),
            Map.entry("modulo.extra.json", "uses preserve, a json-logic-engine operator"),
            Map.entry("multiply.extra.json", "uses preserve, a json-logic-engine operator"),
            Map.entry("plus.extra.json", "uses preserve and val, json-logic-engine operators"));

    /** Cases in the other files that use one of these are skipped too. */
    private static final Set<String> NEWER_OPERATORS = Set.of("val", "exists", "try", "throw", "??", "length",
            "preserve", "keys", "get", "eachKey");

    @Test
    void agreesWithTheCommunitySuitesOrWithJsonLogicJsWhereTheyDiffer() throws IOException {
        Path root = LogicJson.sharedData().resolve("jsonlogic-engine-suites/suites");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> rules = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        List<JsonNode> expectations = new ArrayList<>();
        int skippedCases = 0;
        int skippedFiles = 0;
        for (Path file : files) {
            if (SKIPPED_FILES.containsKey(file.getFileName().toString())) {
                skippedFiles++;
                continue;
            }
            for (JsonNode entry : LogicJson.read(file)) {
                if (entry.isTextual()) {
                    continue; // a comment
                }
                JsonNode rule = entry.isArray() ? entry.get(0) : entry.get("rule");
                if (usesNewerOperator(rule)) {
                    skippedCases++;
                    continue;
                }
                names.add(root.relativize(file) + ": " + (entry.isArray() ? rule : entry.path("description").asText()));
                rules.add(rule);
                data.add(entry.isArray() ? entry.get(1) : entry.has("data") ? entry.get("data") : NullNode.getInstance());
                expectations.add(entry.isArray() ? entry.get(2)
                        : entry.has("error") ? null : entry.get("result"));
            }
        }
        List<JsonLogicJs.Outcome> reference = JsonLogicJs.apply(rules, data);

        int asSuite = 0;
        int asJsonLogicJs = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode actual;
            try {
                actual = JsonLogic.apply(rules.get(i), data.get(i));
            } catch (InvalidRuleException e) {
                actual = null; // an error
            }
            JsonLogicJs.Outcome js = reference.get(i);
            if (same(actual, expectations.get(i))) {
                asSuite++;
            } else if (same(actual, js.failed() ? null : js.result())) {
                asJsonLogicJs++;
            } else {
                failures.add(names.get(i) + ": " + rules.get(i) + " gave " + (actual == null ? "an error" : actual)
                        + ", suite expects " + (expectations.get(i) == null ? "an error" : expectations.get(i))
                        + ", json-logic-js gives " + (js.failed() ? "an error" : js.result()));
            }
        }
        System.out.printf("JSON Logic community suites: %d cases run, %d as the suite expects, %d as json-logic-js"
                + " where the suite (json-logic-engine) differs; skipped %d files and %d cases with newer"
                + " operators.%n", rules.size(), asSuite, asJsonLogicJs, skippedFiles, skippedCases);
        assertThat(failures).isEmpty();
        assertThat(rules.size()).isGreaterThan(700);
    }

    /** Both errors (null), or equal values. */
    private static boolean same(JsonNode actual, JsonNode expected) {
        if (actual == null || expected == null) {
            return actual == expected;
        }
        return LogicJson.sameValue(actual, expected);
    }

    private static boolean usesNewerOperator(JsonNode rule) {
        if (rule.isObject()) {
            for (var names = rule.fieldNames(); names.hasNext(); ) {
                if (NEWER_OPERATORS.contains(names.next())) {
                    return true;
                }
            }
        }
        for (JsonNode child : rule) {
            if (usesNewerOperator(child)) {
                return true;
            }
        }
        return false;
    }
}
